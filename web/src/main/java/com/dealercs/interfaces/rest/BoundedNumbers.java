package com.dealercs.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Numbers of the API's request bodies, read with bounds before anything is done with them. JSON-B
 * alone turns {@code 12345678901234567890} into a wrapped-around {@code int}, {@code 2024.5} into
 * {@code 2024}, and lets {@code 1e999999999} through as a {@code BigDecimal} that exhausts the heap
 * at its first rescaling. Here a whole number must fit its type exactly and a decimal may have at
 * most {@value #MAX_DIGITS} significant digits and an exponent within ±{@value #MAX_DIGITS}; anything
 * else is refused ({@link BadNumber}: 400 naming the field).
 */
final class BoundedNumbers {

    /** Far beyond any score, amount or count of the product, far below what costs memory. */
    static final int MAX_DIGITS = 30;

    private BoundedNumbers() {
    }

    /** A number in a request body that its field cannot take. */
    static final class BadNumber extends JsonbException {

        private static final long serialVersionUID = 1L;
        private final String value;

        BadNumber(String value) {
            super("not a number this field accepts: " + value);
            this.value = value;
        }

        /** What was sent, shortened. */
        String value() {
            return value;
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BigDecimal::intValueExact);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BigDecimal::longValueExact);
        }
    }

    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Function.identity());
        }
    }

    /**
     * The number at the parser (a JSON number, or a string holding one, as JSON-B reads them),
     * bounded. Asked through {@code getValue()}: JSON-B's own parser does not tell its current event.
     */
    static <T> T read(JsonParser parser, Function<BigDecimal, T> exact) {
        JsonValue value = parser.getValue();
        BigDecimal number;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        } else if (value instanceof JsonNumber given) {
            number = given.bigDecimalValue();
        } else if (value instanceof JsonString text) {
            try {
                number = new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                throw new BadNumber(shortened(text.getString()));
            }
        } else {
            throw new BadNumber(shortened(value.toString()));
        }
        if (number.precision() > MAX_DIGITS || Math.abs(number.scale()) > MAX_DIGITS) {
            throw new BadNumber(shortened(number.toString()));
        }
        try {
            return exact.apply(number);
        } catch (ArithmeticException e) {
            throw new BadNumber(shortened(number.toString()));
        }
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
