package com.dealercs.interfaces.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Rebate(int units, String rebate) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void aRecordsComponentsReadAsProperties() {
        Context context = new Context();
        assertEquals(120, resolver.getValue(context, new Rebate(120, "59800.00"), "units"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void theyCannotBeWritten() {
        Context context = new Context();
        assertTrue(resolver.isReadOnly(context, new Rebate(1, "0.00"), "rebate"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), new Rebate(1, "0.00"), "rebate", "1.00"));
    }

    @Test
    void whatIsNoRecordComponentIsLeftToTheOtherResolvers() {
        Context record = new Context();
        assertNull(resolver.getValue(record, new Rebate(1, "0.00"), "toString"));
        assertFalse(record.isPropertyResolved());
        Context bean = new Context();
        assertNull(resolver.getValue(bean, "a string", "bytes"));
        assertFalse(bean.isPropertyResolved());
    }

    /** The least an ELContext needs for a resolver called directly. */
    private static final class Context extends ELContext {

        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
