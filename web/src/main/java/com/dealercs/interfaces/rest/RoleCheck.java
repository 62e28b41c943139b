package com.dealercs.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource methods (JAX-RS does not by itself). A resource
 * method with neither {@code @RolesAllowed} nor {@code @PermitAll} is refused to everybody, so a
 * forgotten annotation fails closed.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        String[] roles = allowed == null ? new String[0] : allowed.value();
        context.register(new Check(roles), Priorities.AUTHORIZATION);
    }

    private record Check(String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            boolean permitted = Arrays.stream(roles).anyMatch(request.getSecurityContext()::isUserInRole);
            if (!permitted) {
                throw new ForbiddenException();
            }
        }
    }
}
