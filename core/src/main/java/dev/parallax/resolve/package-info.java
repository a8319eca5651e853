/**
 * Resolve: the stage after understand, run over a batch or archive of
 * {@link dev.parallax.model.AnnotatedArticle}s. It gives each person, organisation and place one
 * canonical {@link dev.parallax.model.Entity} across articles and outlets, and says which entity
 * each mention names.
 *
 * <p>{@link dev.parallax.resolve.EntityResolver} is the batch entry point;
 * {@link dev.parallax.resolve.EntityIndex} is the incremental index behind it (normalised name keys
 * to entities), to which an archive adds articles one at a time. Name rules live apart from the
 * index: {@link dev.parallax.resolve.Romanization} (spelling variants of romanised names),
 * {@link dev.parallax.resolve.PersonName} and {@link dev.parallax.resolve.OrganizationName}.
 *
 * <p>The rules, in short: inside one article a surname ("Navalny", "Mr Navalny") joins the one full
 * name it ends; across articles only full names join, by a romanisation key with an edit-distance
 * guard; an acronym joins the expansion it abbreviates when both appear in one article; types never mix.
 * When in doubt, mentions stay apart.
 */
package dev.parallax.resolve;
