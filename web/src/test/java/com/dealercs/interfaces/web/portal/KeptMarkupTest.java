package com.dealercs.interfaces.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kept markup of pages that cannot change: by key only, bounded, whitespace between tags shortened. */
class KeptMarkupTest {

    private final KeptMarkup kept = new KeptMarkup();

    @Test
    void aPartIsKeptUnderItsKeyOnly() {
        KeptMarkup.Slot d1 = kept.slot("card 2025 D0001 zh-CN 3");
        KeptMarkup.Slot d2 = kept.slot("card 2025 D0002 zh-CN 3");
        assertNull(d1.markup());
        d1.keep("<p>D0001</p>");
        assertEquals("<p>D0001</p>", kept.slot("card 2025 D0001 zh-CN 3").markup());
        assertNull(d2.markup(), "another dealer's key finds nothing");
        assertNull(kept.slot("card 2025 D0001 zh-CN 4").markup(), "a new edition finds nothing");
        assertThrows(IllegalArgumentException.class, () -> kept.slot(null));
    }

    @Test
    void whitespaceBetweenTagsBecomesOneLineBreakAndTextKeepsItsOwn() {
        String markup = "<ul>\n        <li>A</li>\n\n    <li>B  C\n   D</li> <li>E</li>\n</ul>";
        assertEquals("<ul>\n<li>A</li>\n<li>B  C\n   D</li> <li>E</li>\n</ul>", kept.slot("k").keep(markup));
    }

    @Test
    void theLeastRecentlyReadPartsGoFirstWhenTheStoreIsFull() {
        String part = "x".repeat((int) (KeptMarkup.MAX_CHARACTERS / 4));
        kept.slot(1).keep(part);
        kept.slot(2).keep(part);
        kept.slot(3).keep(part);
        kept.slot(4).keep(part);
        assertEquals(part, kept.slot(1).markup()); // read: now the most recent
        kept.slot(5).keep(part);
        assertNull(kept.slot(2).markup(), "the least recently read went first");
        assertEquals(part, kept.slot(1).markup());
        assertEquals(4, kept.size());
        assertTrue(kept.slot(5).markup() != null);
    }
}
