package fr.ptce.model.validation;

import fr.ptce.model.Pole;
import fr.ptce.model.internal.Consistency;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Validates {@link ConsistentReferences}: every problem is reported at the path of the offending value. The rules are
 * {@link Consistency}'s; this class turns each problem into a violation.
 */
public final class ConsistentReferencesValidator implements ConstraintValidator<ConsistentReferences, Pole> {

    @Override
    public boolean isValid(Pole pole, ConstraintValidatorContext context) {
        if (pole == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return Consistency.check(pole, new Violations(context));
    }

    /**
     * Builds violations from a path given as property names and indexes: an index applies to the property
     * before it ({@code "members", 2, "id"} is {@code members[2].id}).
     */
    private static final class Violations implements Consistency.Problems {
        private final ConstraintValidatorContext context;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        @Override
        public void dangling(String ref, Object... path) {
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("ref", ref);
            at("{ptce.reference.dangling}", path);
        }

        @Override
        public void categories(String pole, String entity, Object... path) {
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            hv.addMessageParameter("pole", pole);
            hv.addMessageParameter("entity", entity);
            at("{ptce.legalEntity.category}", path);
        }

        @Override
        public void at(String template, Object... path) {
            ConstraintValidatorContext.ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(template);
            Object node = null; // the builder's current node: customizable or defined context
            Integer pending = null; // an index belongs to the node that follows its container
            for (Object step : path) {
                if (step instanceof Integer index) {
                    pending = index;
                    continue;
                }
                NodeBuilderCustomizableContext next = node == null
                        ? builder.addPropertyNode((String) step) : property(node, (String) step);
                node = pending == null ? next : next.inIterable().atIndex(pending);
                pending = null;
            }
            if (pending != null) {
                var element = node instanceof NodeBuilderCustomizableContext c
                        ? c.addContainerElementNode("<list element>", List.class, 0)
                        : ((NodeBuilderDefinedContext) node).addContainerElementNode("<list element>", List.class, 0);
                element.inIterable().atIndex(pending).addConstraintViolation();
                return;
            }
            if (node instanceof NodeBuilderCustomizableContext c) {
                c.addConstraintViolation();
            } else {
                ((NodeBuilderDefinedContext) node).addConstraintViolation();
            }
        }

        private static NodeBuilderCustomizableContext property(Object node, String name) {
            return node instanceof NodeBuilderCustomizableContext c
                    ? c.addPropertyNode(name) : ((NodeBuilderDefinedContext) node).addPropertyNode(name);
        }
    }
}
