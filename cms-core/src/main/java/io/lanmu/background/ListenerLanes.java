package io.lanmu.background;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Which lane each after-commit listener runs in, by the listener id the publication registry stores:
 * read once from the listeners' {@code @Async} annotations, so the catch-up hands work over only to a
 * lane that has room and is ready.
 */
class ListenerLanes {

    private final ConfigurableListableBeanFactory beans;
    private final String defaultLane;
    private volatile Map<String, String> laneByListener;

    ListenerLanes(ConfigurableListableBeanFactory beans, String defaultLane) {
        this.beans = beans;
        this.defaultLane = defaultLane;
    }

    /** The lane of the listener, or empty for a listener that runs on the thread that hands it over. */
    Optional<BackgroundLane> laneOf(String listenerId) {
        String lane = lanes().get(listenerId);
        return lane == null ? Optional.empty() : Optional.of(beans.getBean(lane, BackgroundLane.class));
    }

    private Map<String, String> lanes() {
        Map<String, String> known = laneByListener;
        if (known == null) {
            known = scan();
            laneByListener = known;
        }
        return known;
    }

    private Map<String, String> scan() {
        Map<String, String> lanes = new HashMap<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> userClass = ClassUtils.getUserClass(type);
            ReflectionUtils.doWithMethods(userClass, method -> lanes.put(listenerId(userClass, method), laneOf(method)),
                    method -> AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class)
                            && AnnotatedElementUtils.hasAnnotation(method, Async.class));
        }
        return Map.copyOf(lanes);
    }

    private String laneOf(Method method) {
        Async async = AnnotatedElementUtils.findMergedAnnotation(method, Async.class);
        return async == null || async.value().isEmpty() ? defaultLane : async.value();
    }

    // The same id the registry stores: Spring Modulith derives it from this adapter too.
    private static String listenerId(Class<?> type, Method method) {
        return new TransactionalApplicationListenerMethodAdapter("lane-lookup", type, method).getListenerId();
    }
}
