package org.projectdesk.web.desk;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import org.projectdesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every desk page does with a step: calls the service, and when the service refuses (a typed
 * {@link DomainException}, or the caller lacking the role) shows the refusal, while the page keeps
 * what was typed. A page says only what differs: how a particular refusal is shown (next to a
 * field, beside the conflicting version), what to reload after a refusal, and what to do when the
 * step is done, often {@link #redirect} with a message.
 *
 * <pre>{@code
 * steps.of(() -> editorial.approve(id, version))
 *         .onRefusal(CommentRequiredException.class, e -> commentProblem = messages.text(e))
 *         .afterRefusal(this::reload)
 *         .run(done -> steps.redirect("/desk/queue", "desk.review.approved", done.slug()));
 * }</pre>
 */
@ApplicationScoped
public class DeskSteps {

    @Inject
    DeskMessages messages;

    @Inject
    DeskNavigation navigation;

    /** A step returning what it did. */
    public <T> Step<T> of(Supplier<T> call) {
        return new Step<>(call);
    }

    /** A step returning nothing. */
    public Step<Void> of(Runnable call) {
        return new Step<>(() -> {
            call.run();
            return null;
        });
    }

    /** After a done step: the message, kept for the page the browser is sent to. */
    public void redirect(String path, String doneKey, Object... arguments) {
        messages.info(null, doneKey, arguments);
        messages.keepForRedirect();
        navigation.redirect(path);
    }

    /** One call of a service, and how the page shows its refusals. */
    public final class Step<T> {

        private final Supplier<T> call;
        private final List<Refusal<?>> refusals = new ArrayList<>();
        private Runnable afterRefusal = () -> { };

        private Step(Supplier<T> call) {
            this.call = call;
        }

        /**
         * Shows a refusal of that type (or a subtype) this way instead of as a message for the whole
         * page; the first matching one applies.
         */
        public <E extends DomainException> Step<T> onRefusal(Class<E> type, Consumer<? super E> show) {
            refusals.add(new Refusal<>(type, show));
            return this;
        }

        /** What to do after any refused step, once it is shown, e.g. reload what the page shows. */
        public Step<T> afterRefusal(Runnable then) {
            this.afterRefusal = then;
            return this;
        }

        /** Runs the step; hands its result to {@code done}, or shows the refusal. Whether it was done. */
        public boolean run(Consumer<? super T> done) {
            T result;
            try {
                result = call.get();
            } catch (DomainException refusal) {
                show(refusal);
                afterRefusal.run();
                return false;
            } catch (EJBAccessException forbidden) {
                messages.error(null, FacesMessage.SEVERITY_ERROR, "error.desk.forbidden");
                return false;
            }
            done.accept(result);
            return true;
        }

        private void show(DomainException refusal) {
            for (Refusal<?> handled : refusals) {
                if (handled.type().isInstance(refusal)) {
                    handled.show(refusal);
                    return;
                }
            }
            messages.error(null, refusal);
        }
    }

    private record Refusal<E extends DomainException>(Class<E> type, Consumer<? super E> shown) {

        void show(DomainException refusal) {
            shown.accept(type.cast(refusal));
        }
    }
}
