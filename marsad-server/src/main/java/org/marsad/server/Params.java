package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads query parameters, refusing bad values with a 400 that names the parameter. */
final class Params {
    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    String string(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    int integer(String name, int dflt, int min, int max) {
        String v = string(name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be an integer, was '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    boolean bool(String name, boolean dflt) {
        String v = string(name);
        if (v == null) {
            return dflt;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false, was '" + v + "'");
        };
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, was '" + v + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E dflt) {
        String v = string(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + String.join(", ", names)
                    + ", was '" + v + "'");
        }
    }

    /** Bodies up to this size are read and dropped before a refusal; larger ones are cut off. */
    private static final long DRAINED = 1 << 20;

    /** The request body, refused with 413 when over {@code limit} bytes. */
    static byte[] body(Context ctx, long limit) {
        long declared = ctx.contentLength();
        if (declared > limit) {
            // a client still sending when the connection closes gets a reset instead of the refusal
            if (declared <= DRAINED) {
                try {
                    ctx.req().getInputStream().skipNBytes(declared);
                } catch (java.io.IOException | RuntimeException e) {
                    // the refusal stands whatever became of the body
                }
            }
            throw ApiException.tooLarge(limit);
        }
        byte[] b = ctx.bodyAsBytes();
        if (b.length > limit) {
            throw ApiException.tooLarge(limit);
        }
        return b;
    }
}
