package fr.ptce.rules.validation;

import fr.ptce.model.Pole;

/** An application object that describes a pole, so that {@link CompliantWith} can check it. */
public interface PoleSource {
    /** The pole to check. */
    Pole pole();
}
