package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boussole.AppIntegrationTest;
import org.boussole.accounts.AccountManagement;
import org.boussole.accounts.AccountSummary;
import org.boussole.accounts.CurrentUser;
import org.boussole.shared.UploadLimitFilter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.Part;

/**
 * Every address of the application, found from its request mappings, receives its
 * parameters (the {@code @RequestParam}s and the properties of its form objects) filled
 * with hostile values, as each demo person who may reach it, with a CSRF token and real
 * ids of demo objects in the address: none may answer with a server error or show an
 * exception. Runs on its own database (the requests change and delete demo data).
 */
@AppIntegrationTest
@TestPropertySource(properties = "boussole.data-dir=target/test-data-hostile")
@DirtiesContext
class HostileInputTests {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private static final String DOMAIN = "@demo.boussole.test";

	/** The values sent, as raw bytes (a NUL byte, invalid UTF-8, …). */
	private static final Map<String, byte[]> HOSTILE = hostileValues();

	/**
	 * The demo people, from the least to the most powerful; {@code null} is anonymous.
	 */
	private static final List<@Nullable String> PEOPLE = java.util.Arrays.asList(null, "camille.martin",
			"conseillere.annemasse", "responsable.genevois", "redaction", "evenements.genevois", "financeur", "admin");

	/** Real ids: the text of the address before the variable, and where to find one. */
	private static final Map<Pattern, String> IDS = realIds();

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RequestMappingHandlerMapping> handlerMappings;

	@Autowired
	List<UploadLimitFilter> uploadPages;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noHostileValueGetsAServerError() {
		long started = System.nanoTime();
		List<Endpoint> endpoints = endpoints();
		Map<String, RequestPostProcessor> people = new LinkedHashMap<>();
		for (String login : PEOPLE) {
			people.put(login == null ? "anonymous" : login, login == null ? request -> request : as(login));
		}
		Set<Class<?>> forms = new HashSet<>();
		int fields = 0;
		int requests = 0;
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			forms.addAll(endpoint.forms());
			fields += endpoint.fields().size() + endpoint.files().size();
			String realPath = realPath(endpoint.pattern());
			boolean pathTried = false;
			boolean reachedAnonymously = false;
			for (Map.Entry<String, RequestPostProcessor> person : people.entrySet()) {
				if (reachedAnonymously && !person.getKey().equals("camille.martin")) {
					// a public page: anonymous and one signed-in person are enough
					break;
				}
				boolean reachable = true;
				for (Map.Entry<String, byte[]> value : HOSTILE.entrySet()) {
					if (!reachable) {
						break;
					}
					Answer answer = send(endpoint, realPath, endpoint.fields(), value.getValue(), person.getValue());
					requests++;
					if (answer.failed()) {
						failures.add(endpoint + " with " + value.getKey() + " as " + person.getKey() + " -> "
								+ answer.description());
					}
					reachable = answer.reached();
				}
				reachedAnonymously |= reachable && person.getKey().equals("anonymous");
				if (reachable && !pathTried && endpoint.pattern().contains("{")) {
					// the variables of the address themselves, as someone who may reach
					// it
					pathTried = true;
					for (Map.Entry<String, byte[]> value : HOSTILE.entrySet()) {
						if (value.getValue().length > 100) {
							continue;
						}
						String hostilePath = endpoint.pattern().replaceAll("\\{[^}]+}", encode(value.getValue()));
						Answer answer = send(endpoint, hostilePath, Set.of(), value.getValue(), person.getValue());
						requests++;
						if (answer.failed()) {
							failures.add(endpoint + " with " + value.getKey() + " in the address as " + person.getKey()
									+ " -> " + answer.description());
						}
					}
				}
			}
		}
		System.out.printf("Hostile input: %d s%n", (System.nanoTime() - started) / 1_000_000_000);
		System.out.printf("Hostile input: %d endpoints, %d forms, %d fields, %d values, %d requests%n",
				endpoints.size(), forms.size(), fields, HOSTILE.size(), requests);
		assertThat(failures).as("requests answered with a server error or an exception").isEmpty();
		assertThat(endpoints).as("the test sees the application's addresses").hasSizeGreaterThan(100);
		assertThat(forms).as("the test sees the application's forms").hasSizeGreaterThan(15);
	}

	private Answer send(Endpoint endpoint, String path, Set<String> fields, byte[] value, RequestPostProcessor person) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.multipart(uploadPages, path)) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(endpoint.method(),
					URI.create(path));
			for (String field : fields) {
				multipart.part(new MockPart(field, value));
			}
			for (String file : endpoint.files()) {
				multipart.file(new MockMultipartFile(file, "cv\u202Etxt.exe\u0000.pdf", "application/pdf", value));
			}
			request = multipart;
		}
		else if (endpoint.method() == HttpMethod.GET) {
			// an address holds at most 8 KB (Tomcat's limit): long values only go in
			// bodies
			byte[] inAddress = value.length > 2000 ? java.util.Arrays.copyOf(value, 2000) : value;
			request = MockMvcRequestBuilders.request(HttpMethod.GET, URI.create(path + query(fields, inAddress, "?")));
		}
		else {
			request = MockMvcRequestBuilders.request(endpoint.method(), URI.create(path))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(query(fields, value, ""));
		}
		try {
			MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(person)).andReturn().getResponse();
			int status = response.getStatus();
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			String location = response.getRedirectedUrl();
			boolean refused = status == 401 || status == 403 || (location != null && location.endsWith("/connexion")
					&& !endpoint.pattern().equals("/connexion"));
			if (status >= 500 || body.contains("Exception") || body.contains("Failed to convert")) {
				return new Answer(true, !refused, status + " " + excerpt(body));
			}
			return new Answer(false, !refused, String.valueOf(status));
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return new Answer(true, true, "threw " + root);
		}
	}

	private static String excerpt(String body) {
		int at = Math.max(body.indexOf("Exception"), body.indexOf("Failed to convert"));
		return at < 0 ? "" : body.substring(Math.max(0, at - 100), Math.min(body.length(), at + 100));
	}

	private static String query(Set<String> fields, byte[] value, String prefix) {
		if (fields.isEmpty()) {
			return "";
		}
		StringBuilder query = new StringBuilder(prefix);
		String encoded = encode(value);
		for (String field : fields) {
			if (query.length() > prefix.length()) {
				query.append('&');
			}
			query.append(encode(field.getBytes(StandardCharsets.UTF_8))).append('=').append(encoded);
		}
		return query.toString();
	}

	/** Percent-encodes every byte but the unreserved ones, so invalid UTF-8 stays raw. */
	private static String encode(byte[] bytes) {
		StringBuilder encoded = new StringBuilder(bytes.length);
		for (byte b : bytes) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return encoded.toString();
	}

	private String realPath(String pattern) {
		StringBuilder path = new StringBuilder();
		Matcher variable = Pattern.compile("\\{[^}]+}").matcher(pattern);
		int end = 0;
		while (variable.find()) {
			path.append(pattern, end, variable.start());
			end = variable.end();
			path.append(realId(pattern.substring(0, variable.start()), path.toString()));
		}
		return path.append(pattern.substring(end)).toString();
	}

	private Map<String, String> idCache = new HashMap<>();

	private String realId(String patternBefore, String pathBefore) {
		for (Map.Entry<Pattern, String> rule : IDS.entrySet()) {
			if (rule.getKey().matcher(patternBefore).find()) {
				return idCache.computeIfAbsent(rule.getValue() + pathBefore, key -> {
					String sql = rule.getValue().replace("$camille", "'camille.martin" + DOMAIN + "'");
					try {
						List<String> found = jdbc.queryForList(sql, String.class);
						return found.isEmpty() ? UUID.randomUUID().toString() : found.get(0);
					}
					catch (org.springframework.dao.DataAccessException ex) {
						System.out.println("Hostile input: no real id for " + pathBefore + ": " + ex.getMessage());
						return UUID.randomUUID().toString();
					}
				});
			}
		}
		return UUID.randomUUID().toString();
	}

	private RequestPostProcessor as(String login) {
		AccountSummary account = accounts.findByEmail(login + DOMAIN).orElseThrow();
		CurrentUser user = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles(), true);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : handlerMappings) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (handler.getBeanType().getPackageName().startsWith("org.boussole")) {
					endpoints.addAll(endpoints(info, handler));
				}
			});
		}
		endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
		return endpoints;
	}

	private static List<Endpoint> endpoints(RequestMappingInfo info, HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>();
		Set<String> files = new LinkedHashSet<>();
		Set<Class<?>> forms = new LinkedHashSet<>();
		boolean readsRequest = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			readsRequest |= jakarta.servlet.ServletRequest.class.isAssignableFrom(type);
			if (param != null) {
				if (Map.class.isAssignableFrom(type)) {
					continue;
				}
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				(isFile(ResolvableType.forMethodParameter(parameter)) ? files : fields).add(name);
			}
			else if (isForm(parameter, type)) {
				forms.add(type);
				properties(type, fields, files);
			}
		}
		List<Endpoint> endpoints = new ArrayList<>();
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		for (String pattern : info.getPatternValues()) {
			if (methods.isEmpty()) {
				endpoints.add(new Endpoint(HttpMethod.GET, pattern, fields, files, forms, readsRequest));
			}
			for (RequestMethod method : methods) {
				endpoints.add(new Endpoint(method.asHttpMethod(), pattern, fields, files, forms, readsRequest));
			}
		}
		return endpoints;
	}

	private static boolean isForm(MethodParameter parameter, Class<?> type) {
		if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
			return !BeanUtils.isSimpleProperty(type);
		}
		return !BeanUtils.isSimpleProperty(type) && type.getName().startsWith("org.boussole")
				&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
				&& !parameter.hasParameterAnnotation(PathVariable.class)
				&& !parameter.hasParameterAnnotation(RequestBody.class)
				&& !parameter.hasParameterAnnotation(RequestHeader.class)
				&& !parameter.hasParameterAnnotation(CookieValue.class) && type != CurrentUser.class;
	}

	/**
	 * The names a form object binds: record components, constructor parameters, setters.
	 */
	private static void properties(Class<?> type, Set<String> fields, Set<String> files) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				(isFile(ResolvableType.forType(component.getGenericType())) ? files : fields).add(component.getName());
			}
			return;
		}
		Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
		String[] names = BeanUtils.getParameterNames(constructor);
		Parameter[] parameters = constructor.getParameters();
		for (int i = 0; i < names.length; i++) {
			(isFile(ResolvableType.forType(parameters[i].getParameterizedType())) ? files : fields).add(names[i]);
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				ResolvableType propertyType = ResolvableType.forMethodParameter(property.getWriteMethod(), 0);
				(isFile(propertyType) ? files : fields).add(property.getName());
			}
		}
	}

	private static boolean isFile(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		if (Collection.class.isAssignableFrom(raw)) {
			raw = type.asCollection().getGeneric(0).resolve(Object.class);
		}
		else if (raw.isArray()) {
			raw = raw.getComponentType();
		}
		return MultipartFile.class.isAssignableFrom(raw) || Part.class.isAssignableFrom(raw);
	}

	private static Map<String, byte[]> hostileValues() {
		Map<String, byte[]> values = new LinkedHashMap<>();
		values.put("a NUL byte", "a\u0000b".getBytes(StandardCharsets.UTF_8));
		values.put("invalid UTF-8", new byte[] { 'a', (byte) 0xC3, 0x28, 'b' });
		values.put("100,000 characters", "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
		values.put("-1", "-1".getBytes(StandardCharsets.US_ASCII));
		values.put("a huge number", "99999999999999999999".getBytes(StandardCharsets.US_ASCII));
		values.put("a far-away date", "+999999999-12-31".getBytes(StandardCharsets.US_ASCII));
		values.put("date zero", "0000-00-00".getBytes(StandardCharsets.US_ASCII));
		values.put("an unknown name", "NETWORK_ADMIN".getBytes(StandardCharsets.US_ASCII));
		return values;
	}

	private static Map<Pattern, String> realIds() {
		String camilleDossier = "select d.id from accompaniment.dossier d join accounts.user_account u"
				+ " on u.id = d.beneficiary_id where u.email = $camille";
		Map<Pattern, String> ids = new LinkedHashMap<>();
		ids.put(Pattern.compile("/dossiers/\\{[^}]+}/pieces/$"),
				"select id::text from accompaniment.attachment where dossier_id = (" + camilleDossier + ")");
		ids.put(Pattern.compile("/activites/\\{[^}]+}/fichiers/$"), "select id::text from activity.activity_file");
		ids.put(Pattern.compile("(/conseil|/admin)/activites/$"),
				"select id::text from activity.template order by builtin_key nulls last");
		ids.put(Pattern.compile("/activites/$"), "select id::text from activity.activity where dossier_id = ("
				+ camilleDossier + ") order by assigned_at desc");
		ids.put(Pattern.compile("/dossiers/$"), camilleDossier);
		ids.put(Pattern.compile("/propositions/$"), "select id::text from accompaniment.appointment_proposal");
		ids.put(Pattern.compile("/rendez-vous/$"), "select id::text from accompaniment.appointment where dossier_id = ("
				+ camilleDossier + ") order by start_at desc");
		ids.put(Pattern.compile("/evenements/$"), "select id::text from content.event order by starts_at desc");
		ids.put(Pattern.compile("/metiers/domaines/$"), "select code from content.domain order by code");
		ids.put(Pattern.compile("/metiers/themes/$"), "select code from content.topic order by code");
		ids.put(Pattern.compile("/metiers/$"), "select 'A1205'");
		ids.put(Pattern.compile("/guides/$"), "select slug from content.guide order by slug");
		ids.put(Pattern.compile("/synonymes/$"), "select id::text from search.synonym order by id");
		ids.put(Pattern.compile("/courriels/$"), "select id::text from notifications.outbox_mail");
		ids.put(Pattern.compile("/historique/$"), "select '1'");
		ids.put(Pattern.compile("/fermetures/$"), "select id::text from network.site_closure");
		ids.put(Pattern.compile("/horaires/$"), "select id::text from network.site_opening");
		ids.put(Pattern.compile("/personnel/$|/equipe/$|/membres/$"), "select id::text from network.staff_membership");
		ids.put(Pattern.compile("/sites/$|/centres/$"), "select s.id::text from network.site s join network.structure t"
				+ " on t.id = s.structure_id order by t.name like '%Genevois%' desc, s.name");
		ids.put(Pattern.compile("/structures/$"),
				"select id::text from network.structure order by name like '%Genevois%' desc");
		ids.put(Pattern.compile("/agenda/$"), "select token from accompaniment.calendar_feed");
		return ids;
	}

	record Endpoint(HttpMethod method, String pattern, Set<String> fields, Set<String> files, Set<Class<?>> forms,
			boolean readsRequest) {

		boolean multipart(List<UploadLimitFilter> uploadPages, String path) {
			return !files.isEmpty() || (method == HttpMethod.POST && readsRequest
					&& uploadPages.stream().anyMatch(filter -> filter.covers(path)));
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	record Answer(boolean failed, boolean reached, String description) {

	}

}
