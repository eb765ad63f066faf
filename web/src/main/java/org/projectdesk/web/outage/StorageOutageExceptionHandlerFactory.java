package org.projectdesk.web.outage;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link StorageOutageExceptionHandler} in front of the others (faces-config.xml names it last). */
public class StorageOutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public StorageOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StorageOutageExceptionHandler(getWrapped().getExceptionHandler());
    }
}
