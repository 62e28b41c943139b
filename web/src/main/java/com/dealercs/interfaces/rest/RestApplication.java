package com.dealercs.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API; authentication is HTTP Basic over the portal's accounts. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
