package com.dealercs.interfaces.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/** {@link PageTexts}' Beijing-time stamps in EL: {@code #{time.seconds(e.at)}}. */
@Named("time")
@ApplicationScoped
public class TimeTexts {

    /** {@code yyyy-MM-dd HH:mm}; empty for {@code null}. */
    public String minutes(Instant instant) {
        return PageTexts.timestamp(instant);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}; empty for {@code null}. */
    public String seconds(Instant instant) {
        return PageTexts.timestampWithSeconds(instant);
    }
}
