package org.projectdesk.web.api;

import java.util.List;

/** Query parameters of an API request that cannot be understood; answered with 400 and each error. */
public class InvalidParametersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.ParameterError> errors;

    public InvalidParametersException(List<Problem.ParameterError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.ParameterError> errors() {
        return errors;
    }
}
