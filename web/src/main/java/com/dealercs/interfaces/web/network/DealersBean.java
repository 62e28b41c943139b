package com.dealercs.interfaces.web.network;

import com.dealercs.application.DealerCriteria;
import com.dealercs.application.DealerService;
import com.dealercs.application.DealerView;
import com.dealercs.interfaces.web.portal.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 经销商 / Dealers: the network's dealers narrowed by region, province and status, and searched by
 * code, name or city. HQ staff and administrators create dealers from here; executives read.
 */
@Named
@ViewScoped
public class DealersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DealerService dealers;

    @Inject
    CurrentUser currentUser;

    private List<String> regions = List.of();
    private List<String> provinces = List.of();
    private List<DealerView> rows = List.of();
    private String region;
    private String province;
    private String status;
    private String text;

    @PostConstruct
    void init() {
        regions = dealers.regions();
        provinces = dealers.provinces();
        search();
    }

    public void search() {
        rows = dealers.list(new DealerCriteria(region, province, status, text));
    }

    public void clear() {
        region = null;
        province = null;
        status = null;
        text = null;
        search();
    }

    /** HQ staff and administrators keep the network; executives read it. */
    public boolean isEditor() {
        return currentUser.isSupervisor() || currentUser.isAdmin();
    }

    public List<DealerView> getRows() {
        return rows;
    }

    public int getCount() {
        return rows.size();
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public List<String> getStatuses() {
        return List.of("ACTIVE", "CLOSED");
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
