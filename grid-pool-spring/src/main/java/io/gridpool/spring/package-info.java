/**
 * Spring Boot auto-configuration of grid-pool: a {@link io.gridpool.Pool} bean on the
 * application's Hazelcast cluster or this JVM, its {@code gridpool.*} properties, a health
 * contributor, Micrometer meters, the {@code gridpool} Actuator endpoint and the pool's live page.
 */
package io.gridpool.spring;
