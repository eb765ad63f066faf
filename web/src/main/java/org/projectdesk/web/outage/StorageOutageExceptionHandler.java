package org.projectdesk.web.outage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import org.projectdesk.persistence.storage.StorageFailure;

import java.util.Iterator;
import java.util.Optional;

/**
 * A desk step (a form sent back: save, submit, approve, import, sign-in …) that fails because the
 * storage failed is not an error page: the same page comes back with what the person typed — the
 * form's values live in the page's view-scoped bean or its components, untouched since nothing was
 * stored — and a message saying that nothing was saved and why, so they can send it again once the
 * database is back. Anything else (a page that cannot even be read) goes on to the servlet filter,
 * which answers 503 ({@link StorageOutageFilter}).
 */
public class StorageOutageExceptionHandler extends ExceptionHandlerWrapper {

    public StorageOutageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Optional<StorageFailure> outage = StorageFailure.of(event.getException());
            if (outage.isPresent() && context.isPostback() && stepPhase(event.getPhaseId())) {
                StorageOutages.report(outage.get(), event.getException());
                String text = context.getApplication().getResourceBundle(context, "msg").getString(outage.get().messageKey());
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                context.validationFailed();
                events.remove();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** The phases in which a sent form is read and acted on (the page itself was restored and is shown after). */
    private static boolean stepPhase(PhaseId phase) {
        return phase == PhaseId.APPLY_REQUEST_VALUES || phase == PhaseId.PROCESS_VALIDATIONS
                || phase == PhaseId.UPDATE_MODEL_VALUES || phase == PhaseId.INVOKE_APPLICATION;
    }
}
