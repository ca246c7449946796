package io.gridpool.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a grid mode without Hazelcast as a start-up failure with its description and action, not a stack trace. */
class NoHazelcastFailureAnalyzer extends AbstractFailureAnalyzer<NoHazelcastException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoHazelcastException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
