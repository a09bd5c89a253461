/** A consumer that is a named module itself: the library and its dependencies on the module path. */
module org.example.modular {
    requires fr.ptce.rules;
}
