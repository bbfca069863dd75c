package org.junheng.web;

import org.springframework.ui.Model;

/**
 * What a module adds to a school's page: the page belongs to the assessment, and each module that
 * keeps records of a school (programmes, for one) puts them on it without the page knowing the module.
 */
public interface SchoolPageModel {

    void addTo(Model model, String schoolCode);
}
