package org.junheng.rotation.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junheng.registry.Registry;
import org.junheng.rotation.RotationJob;
import org.junheng.rotation.RotationJobs;
import org.junheng.web.HomePanel;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Where this year's teacher rotation stands, on a bureau's home page: the latest plans and whether one was accepted. */
@Component
@Order(40)
class RotationHome implements HomePanel {

    private static final int LISTED = 3;

    private final RotationJobs jobs;
    private final Registry registry;

    RotationHome(RotationJobs jobs, Registry registry) {
        this.jobs = jobs;
        this.registry = registry;
    }

    @Override
    public Optional<String> addTo(Model model, Viewer viewer, Locale locale) {
        if (viewer.isSchool() || "teacher".equals(viewer.role())) {
            return Optional.empty();
        }
        List<RotationJob> latest = jobs.jobs(viewer.regionCode()).stream().limit(LISTED).toList();
        model.addAttribute("homePlans", latest);
        model.addAttribute("homePlanCounties", registry.countyNames(viewer.regionCode()));
        return Optional.of("home-panels :: rotation");
    }
}
