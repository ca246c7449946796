package io.gridpool.member;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.SerializationConfig;

import java.util.List;

/**
 * The classes a member lets Java serialization read: Hazelcast's deserialization filter, kept on
 * whatever the config file says, with grid-pool's own classes and the application's names added.
 */
final class AllowList {

    /** What grid-pool needs when the config file sets no filter: the same list as config/hazelcast-member.yaml. */
    static final List<String> GRID_POOL = List.of("io.gridpool.", "com.hazelcast.", "java.", "[");

    private AllowList() {
    }

    /**
     * Turns the filter on if the config left it off, and allows {@code names}: a name ending with a
     * dot is a prefix; any other is a class together with what it prefixes as a package
     * ({@code com.acme.}) or an outer class ({@code com.acme.Money$}).
     *
     * @return whether the config had left the filter off
     */
    static boolean apply(SerializationConfig serialization, List<String> names) {
        JavaSerializationFilterConfig filter = serialization.getJavaSerializationFilterConfig();
        boolean wasOff = filter == null;
        if (wasOff) {
            filter = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
            filter.getWhitelist().addPrefixes(GRID_POOL.toArray(String[]::new));
            serialization.setJavaSerializationFilterConfig(filter);
        }
        ClassFilter allowed = filter.getWhitelist();
        allowed.addPrefixes("io.gridpool.");
        for (String name : names) {
            if (name.endsWith(".")) {
                allowed.addPrefixes(name);
            } else {
                allowed.addClasses(name);
                allowed.addPrefixes(name + ".", name + "$");
            }
        }
        return wasOff;
    }
}
