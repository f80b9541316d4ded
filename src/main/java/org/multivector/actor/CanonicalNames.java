package org.multivector.actor;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.multivector.config.MultivectorConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The actor ids that canonical names were last found to belong to, so that a repeated lookup by
 * name reads no index of names (bench/RESULTS.md, stop 46, measured with bench/ab-tiers). An id is
 * only a guess: {@link ActorService} uses it only while the actor, read as {@code actor(id:)} reads
 * it, still has that canonical name, so an answer is never staler than the actor cache's. Aliases
 * are not kept: the actor's own row cannot confirm one.
 */
@ApplicationScoped
class CanonicalNames {

    private final Cache<String, Long> actorIds;

    private final boolean enabled;

    CanonicalNames(MultivectorConfig config) {
        actorIds = Caffeine.newBuilder().maximumSize(config.actorNames().cached()).build();
        // Caffeine evicts over its size in the background: with a size of 0, keep nothing at all
        enabled = config.actorNames().cached() > 0;
    }

    /** The actor this name key was last the canonical name of, if remembered. */
    Optional<Long> guess(String nameKey) {
        return Optional.ofNullable(actorIds.getIfPresent(nameKey));
    }

    void remember(String nameKey, long actorId) {
        if (enabled) {
            actorIds.put(nameKey, actorId);
        }
    }

    void forget(String nameKey) {
        actorIds.invalidate(nameKey);
    }
}
