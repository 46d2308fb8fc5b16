/** The HTTP API of the archive (Javalin): routes wired in {@code MarsadServer}, one controller per feature. */
package org.marsad.server;
