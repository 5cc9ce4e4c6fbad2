package uk.schoolcompliance.tracker.app;

import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerRoles;

/**
 * Who may see and change what on a trust's server (issue #19): giving and taking roles ({@code server-grant},
 * {@code server-revoke}), listing them ({@code server-users}) and the connected login's own role. PostgreSQL
 * enforces the roles (grants and row-level security, db/postgresql/V90); this service checks what a person typed and
 * says what is wrong in one line, changing nothing.
 */
public final class ServerAccessService {

    /** One line of {@code server-users}: a login, its role and the school's name (null: the whole trust). */
    public record UserGrant(String login, String role, String school, String urn) {
    }

    private final Database db;
    private final SchoolService schools;
    private final ServerRoles roles;

    ServerAccessService(Database db, SchoolService schools, ServerRoles roles) {
        this.db = db;
        this.schools = schools;
        this.roles = roles;
    }

    /** The role names, as typed. */
    public static List<String> roleNames() {
        return ServerRoles.ROLES;
    }

    /** An unknown role is an error naming the known ones (checked before connecting). */
    public static void checkRole(String role) {
        if (role != null && !ServerRoles.ROLES.contains(role)) {
            throw new UserException("--role: unknown role " + role + " (one of " + String.join(", ", ServerRoles.ROLES)
                    + ")");
        }
    }

    /** True when connected to a server as a login whose only role is governor (figures and schedule only). */
    public boolean isGovernorOnly() {
        return roles.isGovernorOnly();
    }

    /** The connected login's role, asked once per connection: empty string for no limit (a file, the owner). */
    private volatile String role;

    /**
     * The connected login's role on a trust's server, the widest it holds ({@code trust-admin}, then
     * {@code school-leader}, {@code school-office}, {@code governor}); empty on a file and for the owner of the
     * tables or a superuser, who are not limited by a role. Asked of the server once per connection.
     */
    public Optional<String> role() {
        String r = role;
        if (r == null) {
            r = "";
            if (db.isServer() && !roles.isOwnerOrSuperuser()) {
                List<String> held = roles.mine().stream().map(ServerRoles.Grant::role).toList();
                r = List.of("trust-admin", "school-leader", "school-office", "governor").stream()
                        .filter(held::contains).findFirst().orElse("");
            }
            role = r;
        }
        return r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    /** What {@link #grant} did: the grant, and whether it is new (false: the login already had it). */
    public record Granted(UserGrant grant, boolean changed) {
    }

    /** Gives {@code login} the role (at the school named, by name or URN). */
    public Granted grant(String login, String role, String school) {
        Long schoolId = checked(login, role, school, true);
        boolean changed = roles.grant(login, role, schoolId);
        return new Granted(named(new ServerRoles.Grant(login, role, schoolId)), changed);
    }

    /** Takes the login's grants of the role (null: all) at the school (null: any); returns what was taken. */
    public List<UserGrant> revoke(String login, String role, String school) {
        Long schoolId = checked(login, role, school, false);
        return roles.revoke(login, role, schoolId).stream().map(this::named).toList();
    }

    /** Who has what, by login, role and school. */
    public List<UserGrant> users() {
        mustBeAdmin();
        return roles.all().stream().map(this::named).toList();
    }

    /** A grant's words: {@code school-office (Ashby Primary Academy)}, {@code trust-admin (the whole trust)}. */
    public static String describe(String role, String school) {
        return role + " (" + (school == null ? "the whole trust" : school) + ")";
    }

    private Long checked(String login, String role, String school, boolean granting) {
        checkRole(role);
        mustBeAdmin();
        if (login == null || login.isBlank()) {
            throw new UserException("--user: give the login (a PostgreSQL login role)");
        }
        Long schoolId = school == null ? null : schools.resolve(school).id();
        if (granting) {
            if ("trust-admin".equals(role) && schoolId != null) {
                throw new UserException("--school: trust-admin is for the whole trust; give no --school");
            }
            if (("school-office".equals(role) || "school-leader".equals(role)) && schoolId == null) {
                throw new UserException("--school: " + role + " is for one school; give --school NAME|URN");
            }
            if (!roles.loginExists(login)) {
                throw new UserException("--user: " + location() + " has no login " + login + "; the trust's IT makes "
                        + "logins (CREATE ROLE " + login + " LOGIN, docs/server.md); nothing was changed");
            }
        }
        return schoolId;
    }

    private void mustBeAdmin() {
        if (!db.isServer()) {
            throw new UserException(location() + " is a database file: roles are for a trust's server");
        }
        if (!roles.mayAdminister()) {
            throw new UserException(roles.login() + " is not a trust admin on " + location()
                    + ": only a trust admin may see or change who has which role");
        }
    }

    private String location() {
        return db.location();
    }

    private UserGrant named(ServerRoles.Grant g) {
        if (g.schoolId() == null) {
            return new UserGrant(g.login(), g.role(), null, null);
        }
        Optional<School> s = schools.schools().stream().filter(x -> x.id() == g.schoolId()).findFirst();
        return new UserGrant(g.login(), g.role(),
                s.map(x -> x.isTrust() ? SchoolService.CENTRAL_TEAM : x.name()).orElse("school #" + g.schoolId()),
                s.map(School::urn).orElse(null));
    }
}
