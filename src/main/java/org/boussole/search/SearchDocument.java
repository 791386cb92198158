package org.boussole.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One searchable thing, as the search module sees it: a job fiche with all its titles, a
 * guide online, an upcoming event or a centre. Rows are filled from the other modules'
 * public APIs; the index follows the table.
 */
@Entity
@Table(name = "document", schema = "search")
@Indexed(index = SearchDocument.INDEX)
class SearchDocument {

	static final String INDEX = "documents";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private SearchType type;

	@Column(name = "doc_key")
	@KeywordField(name = "key", projectable = Projectable.YES)
	private String key;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@FullTextField(name = "titleSuggest", analyzer = FrenchAnalysis.AUTOCOMPLETE,
			searchAnalyzer = FrenchAnalysis.AUTOCOMPLETE_QUERY)
	@KeywordField(name = "titleSort", normalizer = FrenchAnalysis.SORT, sortable = Sortable.YES)
	private String title;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@FullTextField(name = "titlesSuggest", analyzer = FrenchAnalysis.AUTOCOMPLETE,
			searchAnalyzer = FrenchAnalysis.AUTOCOMPLETE_QUERY)
	private String titles;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	private String rareTitles;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String body;

	@KeywordField
	private String domainCode;

	@KeywordField
	private String territory;

	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String url;

	@GenericField
	private boolean main;

	private Instant updatedAt;

	@SuppressWarnings("NullAway.Init")
	protected SearchDocument() {
		// for JPA
	}

	SearchDocument(SearchType type, String key) {
		this.type = type;
		this.key = key;
		this.title = "";
		this.titles = "";
		this.rareTitles = "";
		this.body = "";
		this.domainCode = "";
		this.territory = "";
		this.url = "/";
		this.updatedAt = Instant.EPOCH;
	}

	/**
	 * Takes the content of the other, a fresh reading of the source.
	 * @return whether anything changed
	 */
	boolean copy(SearchDocument other) {
		if (sameContent(other)) {
			return false;
		}
		this.title = other.title;
		this.titles = other.titles;
		this.rareTitles = other.rareTitles;
		this.body = other.body;
		this.domainCode = other.domainCode;
		this.territory = other.territory;
		this.url = other.url;
		this.main = other.main;
		this.updatedAt = other.updatedAt;
		return true;
	}

	private boolean sameContent(SearchDocument o) {
		return title.equals(o.title) && titles.equals(o.titles) && rareTitles.equals(o.rareTitles)
				&& body.equals(o.body) && domainCode.equals(o.domainCode) && territory.equals(o.territory)
				&& url.equals(o.url) && main == o.main && Objects.equals(updatedAt, o.updatedAt);
	}

	SearchDocument title(String title) {
		this.title = title;
		return this;
	}

	SearchDocument titles(String titles, String rareTitles) {
		this.titles = titles;
		this.rareTitles = rareTitles;
		return this;
	}

	SearchDocument body(String body) {
		this.body = body;
		return this;
	}

	SearchDocument place(String domainCode, String territory) {
		this.domainCode = domainCode;
		this.territory = territory;
		return this;
	}

	SearchDocument link(String url, boolean main, Instant updatedAt) {
		this.url = url;
		this.main = main;
		this.updatedAt = updatedAt;
		return this;
	}

	Long getId() {
		return id;
	}

	SearchType getType() {
		return type;
	}

	String getKey() {
		return key;
	}

	String getTitle() {
		return title;
	}

	String getTitles() {
		return titles;
	}

	String getBody() {
		return body;
	}

	String getDomainCode() {
		return domainCode;
	}

	String getTerritory() {
		return territory;
	}

	String getUrl() {
		return url;
	}

	boolean isMain() {
		return main;
	}

	/**
	 * @return the ROME grand domain of a job fiche (the letter that begins the code of
	 * its professional domain, A to N), empty for other things
	 */
	@KeywordField(name = "grandDomain", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "domainCode")))
	String getGrandDomain() {
		return grandDomainOf(domainCode);
	}

	static String grandDomainOf(String domainCode) {
		return domainCode.isEmpty() ? "" : domainCode.substring(0, 1);
	}

	/**
	 * @return the territories where it applies: a thing tied to no territory (a job
	 * fiche, an event) applies to both
	 */
	@KeywordField(name = "territories", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territory")))
	List<String> getTerritories() {
		return SearchTerritory.of(territory).stream().map(SearchTerritory::name).toList();
	}

}
