package io.hrassist.wording;

import io.hrassist.events.Language;
import java.util.List;

/** Finds biased or exclusionary wording in a text. */
public interface WordingCheck {

    /** Every match of every wording rule of {@code language} in {@code text}, overlapping ones included. */
    List<Finding> find(String text, Language language);
}
