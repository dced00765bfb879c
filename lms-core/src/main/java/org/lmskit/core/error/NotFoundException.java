package org.lmskit.core.error;

/** The named record does not exist (or the actor may not know it exists). */
public final class NotFoundException extends LmsException {
    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super("not-found", resource + " '" + id + "' was not found", null);
        this.resource = resource;
        this.id = id;
    }

    /** The kind of record that was looked for, e.g. {@code seat-session}. */
    public String resource() {
        return resource;
    }

    /** The id that was looked for. */
    public String id() {
        return id;
    }
}
