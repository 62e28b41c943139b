/**
 * Report designs (JRXML) and their rendering to PDF bytes from DTOs. Knows nothing of JPA or HTTP.
 */
package com.dealercs.reports;
