package com.dealercs.interfaces.web.portal;

import com.dealercs.application.RegionNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** A region's name in the page's language ({@link RegionNames}); in EL {@code #{regions.name(r.region)}}. */
@Named("regions")
@ApplicationScoped
public class RegionTexts {

    public String name(String stored) {
        return RegionNames.of(stored, PageTexts.locale(FacesContext.getCurrentInstance()));
    }
}
