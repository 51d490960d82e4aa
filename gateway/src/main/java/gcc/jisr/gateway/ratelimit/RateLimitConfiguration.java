package gcc.jisr.gateway.ratelimit;

import com.hazelcast.core.HazelcastInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The partners' rate limits, held in the cluster so that every node spends from the same buckets. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    static final String BUCKETS = "jisr-rate-limit-buckets";

    @Bean
    SharedTokenBuckets partnerRateLimits(HazelcastInstance hazelcast, RateLimitProperties settings, Clock clock) {
        return new SharedTokenBuckets(hazelcast.getMap(BUCKETS), settings, clock);
    }
}
