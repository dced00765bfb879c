package org.lmskit.spring.boot;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.observation.OperationSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every {@link LmsObserver} bean of the application, heard in turn; one that throws does not silence the others. */
final class CompositeObserver implements LmsObserver {
    private static final Logger LOG = LoggerFactory.getLogger(CompositeObserver.class);
    private final List<LmsObserver> observers;

    private CompositeObserver(List<LmsObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    static LmsObserver of(List<LmsObserver> observers) {
        List<LmsObserver> listening = observers.stream().filter(o -> o != LmsObserver.NONE).toList();
        return switch (listening.size()) {
            case 0 -> LmsObserver.NONE;
            case 1 -> listening.get(0);
            default -> new CompositeObserver(listening);
        };
    }

    private void each(Consumer<LmsObserver> report) {
        for (LmsObserver observer : observers) {
            try {
                report.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("lmskit observer {} failed; ignored", observer.getClass().getName(), e);
            }
        }
    }

    @Override
    public void operation(OperationSample sample) {
        each(o -> o.operation(sample));
    }

    @Override
    public void refused(String capability, String rule) {
        each(o -> o.refused(capability, rule));
    }

    @Override
    public void dailyRotation(LocalDate day, Duration took, int sessionsExamined, int slotsHandedOver) {
        each(o -> o.dailyRotation(day, took, sessionsExamined, slotsHandedOver));
    }

    @Override
    public void relayed(String type, boolean delivered, Duration lag) {
        each(o -> o.relayed(type, delivered, lag));
    }
}
