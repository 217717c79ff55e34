package org.concerto.web.form;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.Serializable;

/**
 * {@code <c:constraints of="…" required="…"/>} inside an input of the field tags: the input becomes required and
 * length-checked as the Bean Validation constraints of the property its value writes to say, found from the value
 * expression when the field is validated or rendered (the form object is loaded by then), or from {@code of} (a
 * {@code Class.property}) when the value is a map entry. An explicit {@code required} wins over the constraints.
 */
public class FieldHandler extends TagHandler {

    private final TagAttribute of;
    private final TagAttribute required;

    public FieldHandler(TagConfig config) {
        super(config);
        this.of = getAttribute("of");
        this.required = getAttribute("required");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        if (!(parent instanceof UIInput input) || !ComponentHandler.isNew(parent)) {
            return;
        }
        String constraints = of == null
                ? null
                : (String) of.getValueExpression(context, String.class).getValue(context);
        String named = constraints == null || constraints.isBlank() ? null : constraints;
        ValueExpression explicit = required == null ? null : required.getValueExpression(context, Object.class);
        input.setValueExpression(
                "required", new RequiredExpression(named, explicit, input.getValueExpression("value")));
        input.addValidator(new LengthValidator(named));
    }

    static FieldConstraints constraints(ELContext context, UIComponent component, String named) {
        return constraints(context, component.getValueExpression("value"), named);
    }

    private static FieldConstraints constraints(ELContext context, ValueExpression value, String named) {
        return named != null ? FieldConstraints.named(named) : FieldConstraints.of(value, context);
    }

    /** The input's {@code required}, worked out each time it is asked, in the row being validated or rendered. */
    static final class RequiredExpression extends ValueExpression implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String named;
        private final ValueExpression explicit;
        private final ValueExpression value;

        RequiredExpression(String named, ValueExpression explicit, ValueExpression value) {
            this.named = named;
            this.explicit = explicit;
            this.value = value;
        }

        @Override
        public Object getValue(ELContext context) {
            Object given = explicit == null ? null : explicit.getValue(context);
            if (given instanceof Boolean flag) {
                return flag;
            }
            if (given != null && !given.toString().isBlank()) {
                return Boolean.parseBoolean(given.toString());
            }
            return constraints(context, value, named).isRequired();
        }

        @Override
        public void setValue(ELContext context, Object value) {
            throw new PropertyNotWritableException("required");
        }

        @Override
        public boolean isReadOnly(ELContext context) {
            return true;
        }

        @Override
        public Class<?> getType(ELContext context) {
            return Boolean.class;
        }

        @Override
        public Class<?> getExpectedType() {
            return Boolean.class;
        }

        @Override
        public String getExpressionString() {
            return "#{concerto:required}";
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
