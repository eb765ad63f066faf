package org.projectdesk.persistence.publicview.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.projectdesk.domain.entry.ProjectEntry;

/**
 * The search mapping, written here rather than as annotations so that the domain model knows
 * nothing of the search engine: {@link ProjectEntry} is indexed (index {@value #INDEX}; a change of
 * the mapping takes a new index name, so the start-up check finds it empty and rebuilds it) while it is
 * public, with the fields of its published revision. Registered in persistence.xml
 * ({@code hibernate.search.mapping.configurer}).
 */
public class ProjectSearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "project-v3";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep entry = context.programmaticMapping().type(ProjectEntry.class);
        entry.indexed().index(INDEX).routingBinder(new PublishedOnlyRoutingBinder());
        entry.binder(new PublishedRevisionBinder());
    }
}
