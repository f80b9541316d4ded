package org.multivector.actor;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.multivector.config.MultivectorConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The actor ids that canonical names were last found to belong to, so that a repeated
 * {@code actor(name:)} reads no index of names (about a sixth of a lookup's time, and more at
 * tier M: bench/RESULTS.md, stop 45 and stop 46). An id is only a guess: {@link ActorService}
 * uses it only while the actor, read as {@code actor(id:)} reads it, still has that canonical name,
 * so an answer is never staler than the actor cache's. Aliases are not kept: the actor's own row
 * cannot confirm one.
 */
@ApplicationScoped
class CanonicalNames {

    private final Cache<String, Long> actorIds;

    CanonicalNames(MultivectorConfig config) {
        actorIds = Caffeine.newBuilder().maximumSize(config.actorNames().cached()).build();
    }

    /** The actor this name key was last the canonical name of, if remembered. */
    Optional<Long> guess(String nameKey) {
        return Optional.ofNullable(actorIds.getIfPresent(nameKey));
    }

    void remember(String nameKey, long actorId) {
        actorIds.put(nameKey, actorId);
    }

    void forget(String nameKey) {
        actorIds.invalidate(nameKey);
    }
}
