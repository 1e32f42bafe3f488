package io.github.imprint.model;

/** A person or body with a role in making the publication. */
public record Contributor(String name, Role role) {

    /** Roles, each with its MARC relator code as EPUB package documents use them. */
    public enum Role {
        AUTHOR("aut"),
        EDITOR("edt"),
        TRANSLATOR("trl"),
        ILLUSTRATOR("ill"),
        PHOTOGRAPHER("pht"),
        CONTRIBUTOR("ctb");

        private final String relator;

        Role(String relator) {
            this.relator = relator;
        }

        /** The MARC relator code, such as {@code aut}. */
        public String relator() {
            return relator;
        }
    }
}
