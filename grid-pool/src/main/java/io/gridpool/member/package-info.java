/**
 * The standalone grid member: {@link io.gridpool.member.GridMember} starts a Hazelcast member for
 * grid-pool work from config/hazelcast-member.yaml and options, and {@link io.gridpool.member.Drain}
 * takes a member out of the work on SIGTERM without losing or repeating any.
 */
package io.gridpool.member;
