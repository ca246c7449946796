/**
 * Spring Boot auto-configuration of grid-pool: a {@link io.gridpool.Pool} bean on the
 * application's Hazelcast cluster or this JVM, its {@code gridpool.*} properties, a health
 * contributor and Micrometer meters.
 */
package io.gridpool.spring;
