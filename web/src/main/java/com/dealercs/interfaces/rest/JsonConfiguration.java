package com.dealercs.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON of the API: a value that is absent is written as {@code null} rather than left out, as the
 * contract shows (a missing scorecard component is {@code null}); numbers in request bodies are
 * read with bounds ({@link BoundedNumbers}).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withDeserializers(new BoundedNumbers.Integers(), new BoundedNumbers.Longs(), new BoundedNumbers.Decimals()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
