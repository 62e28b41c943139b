package com.dealercs.interfaces.web.portal;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.logging.Logger;

/**
 * {@code <cs:keptMarkup slot="#{…}">}: renders its children once per {@link KeptMarkup.Slot} and
 * writes the kept markup on later views. Without a slot (nothing safe to keep) the children are
 * rendered as usual. Markup with a script is never kept: PrimeFaces gives every script the
 * request's own nonce (the content security policy), which a later view must not reuse.
 */
@FacesComponent(value = KeptMarkupComponent.TYPE, createTag = true, tagName = "keptMarkup",
        namespace = KeptMarkupComponent.NAMESPACE)
public class KeptMarkupComponent extends UIComponentBase {

    public static final String TYPE = "com.dealercs.KeptMarkup";
    public static final String NAMESPACE = "https://dealercs.com/portal";
    private static final Logger LOG = Logger.getLogger(KeptMarkupComponent.class.getName());

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext faces) throws IOException {
        KeptMarkup.Slot slot = (KeptMarkup.Slot) getAttributes().get("slot");
        if (slot == null) {
            renderChildren(faces);
            return;
        }
        ResponseWriter page = faces.getResponseWriter();
        String kept = slot.markup();
        if (kept == null) {
            StringWriter buffer = new StringWriter(16_384);
            faces.setResponseWriter(page.cloneWithWriter(buffer));
            try {
                renderChildren(faces);
                faces.getResponseWriter().flush();
            } finally {
                faces.setResponseWriter(page);
            }
            String markup = buffer.toString();
            if (markup.contains("<script")) {
                LOG.warning(() -> "Not kept (it has a script): " + getClientId(faces));
                kept = markup;
            } else {
                kept = slot.keep(markup);
            }
        }
        page.write(kept);
    }

    private void renderChildren(FacesContext faces) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(faces);
        }
    }
}
