package com.dealercs.interfaces.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rendered markup of page parts that cannot change, kept so that the next view of the same part
 * writes it rather than rendering it again (a dealer's published scorecard: hundreds of dealers
 * reading their pages at once). A part is kept under a key that names everything it shows
 * (year, dealer, language and the edition of the figures it was made from: see
 * {@code PublishedScorecards#edition()}); whoever makes the key has already been allowed to read
 * what it names, and one dealer's key never names another dealer's part.
 *
 * <p>At most {@link #MAX_CHARACTERS} characters are kept (about 24 MB of Chinese text); the part
 * read least recently goes first. Whitespace between tags is shortened to one line break.
 */
@ApplicationScoped
public class KeptMarkup {

    /** About 350 of a dealer's scorecard pages. */
    static final long MAX_CHARACTERS = 12_000_000;
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">[ \\t\\r]*\\n\\s*<");

    private final Map<Object, String> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long characters;

    /** The place of one part: what is kept under {@code key}, and where to keep it. */
    public Slot slot(Object key) {
        return new Slot(this, key);
    }

    /** How many parts are kept (for tests). */
    public synchronized int size() {
        return kept.size();
    }

    synchronized String get(Object key) {
        return kept.get(key);
    }

    /** Keeps the markup (shortened) under the key, and answers what was kept. */
    String keep(Object key, String markup) {
        String shortened = BETWEEN_TAGS.matcher(markup).replaceAll(">\n<");
        synchronized (this) {
            String before = kept.put(key, shortened);
            characters += shortened.length() - (before == null ? 0 : before.length());
            Iterator<String> eldest = kept.values().iterator();
            while (characters > MAX_CHARACTERS && eldest.hasNext()) {
                characters -= eldest.next().length();
                eldest.remove();
            }
        }
        return shortened;
    }

    /** Forgets every part (for tests). */
    public synchronized void forget() {
        kept.clear();
        characters = 0;
    }

    /** One part's place in the store. */
    public record Slot(KeptMarkup store, Object key) {

        public Slot {
            if (key == null) {
                throw new IllegalArgumentException("a kept part needs a key");
            }
        }

        /** The kept markup, or {@code null} when it has to be rendered. */
        public String markup() {
            return store.get(key);
        }

        public String keep(String markup) {
            return store.keep(key, markup);
        }
    }
}
