package com.dealercs.domain.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DealerTest {

    @Test
    void aClosedDealerStaysClosedAndIsNotClosedTwice() {
        Dealer dealer = new Dealer("D0001", "一店", new Region("华东"), "江苏", "苏州", LocalDate.of(2019, 1, 1),
                DealerStatus.ACTIVE);

        dealer.close();

        assertEquals(DealerStatus.CLOSED, dealer.getStatus());
        assertFalse(dealer.isActive());
        assertThrows(IllegalStateException.class, dealer::close);

        dealer.reopen();

        assertEquals(DealerStatus.ACTIVE, dealer.getStatus());
        assertTrue(dealer.isActive());
        assertThrows(IllegalStateException.class, dealer::reopen);
    }
}
