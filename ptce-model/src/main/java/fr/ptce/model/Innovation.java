package fr.ptce.model;

/** The kind of innovation a project carries. */
public enum Innovation {
    /** SOCIAL. */
    SOCIAL,
    /** TECHNOLOGICAL. */
    TECHNOLOGICAL,
    /** ORGANISATIONAL. */
    ORGANISATIONAL
}
