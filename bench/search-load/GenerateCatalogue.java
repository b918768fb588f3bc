import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a synthetic catalogue CSV for the search benchmark: N resources whose titles and
 * summaries are built from a vocabulary of collective-protection phrases in English,
 * Spanish, French, Portuguese and Indonesian (with their accents), and whose codes (type,
 * areas, languages, regions, need, year) follow a skewed, realistic spread. The text of a
 * resource matches its codes: a resource filed under risk-analysis talks about risk.
 *
 * The output depends only on the seed and the count, so two runs give the same file.
 *
 * Usage: java GenerateCatalogue.java [--resources 100000] [--seed 20260101] [--out file.csv]
 */
public class GenerateCatalogue {

	static final List<String> UI_LANGS = List.of("en", "es", "fr", "pt", "id");

	static final String HEADER = "title,publisher,year,url,slug,type_code,area_codes,language_codes,region_codes,"
			+ "need,summary_language,summary,title_en,title_es,title_fr,title_pt,title_id,"
			+ "summary_en,summary_es,summary_fr,summary_pt,summary_id";

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		Random random = new Random(options.seed);
		Stats stats = new Stats();
		try (Writer out = openOutput(options.out)) {
			out.write(HEADER + "\r\n");
			for (int i = 0; i < options.resources; i++) {
				Resource resource = Resource.random(i, random);
				out.write(Csv.line(resource.columns()) + "\r\n");
				stats.add(resource);
			}
		}
		stats.print(options);
	}

	private static Writer openOutput(String out) throws IOException {
		if (out == null || out.equals("-")) {
			return new BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
		}
		return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
	}

	/** Command-line options. */
	record Options(int resources, long seed, String out) {

		static Options parse(String[] args) {
			int resources = 100_000;
			long seed = 20260101L;
			String out = null;
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--resources" -> resources = Integer.parseInt(args[++i]);
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--out" -> out = args[++i];
					default -> throw new IllegalArgumentException("unknown option " + args[i]
							+ " (use --resources N --seed S --out FILE)");
				}
			}
			return new Options(resources, seed, out);
		}

	}

	/**
	 * The words the catalogue is made of. Phrases are given per language in the order en |
	 * es | fr | pt | id; a slash separates alternatives.
	 */
	static final class Vocabulary {

		/** Area code, then its phrases in the five languages. */
		static final String[][] AREAS = {
				{ "remain-in-territory", "staying on the land/remaining in the territory",
						"permanencia en el territorio/defensa del territorio",
						"rester sur le territoire/défense du territoire",
						"permanência no território/defesa do território", "bertahan di wilayah adat/pertahanan wilayah" },
				{ "territorial-monitoring", "territorial monitoring/community patrols",
						"monitoreo territorial/guardia comunitaria",
						"surveillance du territoire/patrouilles communautaires",
						"monitoramento territorial/vigilância comunitária", "pemantauan wilayah/patroli masyarakat" },
				{ "early-warning", "early warning/alert systems", "alerta temprana/sistemas de alerta",
						"alerte précoce/systèmes d'alerte", "alerta precoce/sistemas de alerta",
						"peringatan dini/sistem siaga" },
				{ "documentation-evidence", "documenting attacks/evidence gathering",
						"documentación de agresiones/recolección de pruebas",
						"documentation des attaques/collecte de preuves", "documentação de ataques/coleta de provas",
						"dokumentasi serangan/pengumpulan bukti" },
				{ "community-assets", "community assets/shared resources", "bienes comunitarios/recursos colectivos",
						"biens communautaires/ressources partagées", "bens comunitários/recursos coletivos",
						"aset komunitas/sumber daya bersama" },
				{ "cohesion-decisions", "community cohesion/collective decisions",
						"cohesión comunitaria/decisiones colectivas", "cohésion communautaire/décisions collectives",
						"coesão comunitária/decisões coletivas", "kohesi komunitas/keputusan bersama" },
				{ "collective-leadership", "collective leadership/shared leadership",
						"liderazgo colectivo/liderazgos compartidos", "leadership collectif/direction partagée",
						"liderança coletiva/lideranças compartilhadas", "kepemimpinan kolektif/kepemimpinan bersama" },
				{ "psychosocial-care", "psychosocial care/collective healing", "atención psicosocial/sanación colectiva",
						"soins psychosociaux/guérison collective", "cuidado psicossocial/cura coletiva",
						"pemulihan psikososial/penyembuhan bersama" },
				{ "internal-communication", "internal communication/phone trees",
						"comunicación interna/cadenas de llamadas", "communication interne/chaînes téléphoniques",
						"comunicação interna/cadeias de contato", "komunikasi internal/rantai telepon" },
				{ "networks-alliances", "networks and alliances/solidarity networks",
						"redes y alianzas/redes de solidaridad", "réseaux et alliances/réseaux de solidarité",
						"redes e alianças/redes de solidariedade", "jaringan dan aliansi/jaringan solidaritas" },
				{ "legal-support", "legal support/strategic litigation", "acompañamiento jurídico/litigio estratégico",
						"accompagnement juridique/contentieux stratégique", "apoio jurídico/litígio estratégico",
						"bantuan hukum/litigasi strategis" },
				{ "advocacy-public-action", "advocacy/public campaigns", "incidencia política/campañas públicas",
						"plaidoyer/campagnes publiques", "incidência política/campanhas públicas",
						"advokasi/kampanye publik" },
				{ "media-radio", "community radio/local media", "radio comunitaria/medios locales",
						"radio communautaire/médias locaux", "rádio comunitária/mídia local",
						"radio komunitas/media lokal" },
				{ "state-mechanisms", "state protection mechanisms/protective measures",
						"mecanismos estatales de protección/medidas cautelares",
						"mécanismes étatiques de protection/mesures de protection",
						"mecanismos estatais de proteção/medidas protetivas",
						"mekanisme perlindungan negara/langkah perlindungan" },
				{ "corporate-accountability", "corporate accountability/due diligence",
						"responsabilidad empresarial/debida diligencia",
						"responsabilité des entreprises/devoir de vigilance",
						"responsabilidade empresarial/devida diligência", "akuntabilitas perusahaan/uji tuntas" },
				{ "risk-analysis", "risk analysis/threat assessment", "análisis de riesgo/evaluación de amenazas",
						"analyse des risques/évaluation des menaces", "análise de risco/avaliação de ameaças",
						"analisis risiko/penilaian ancaman" },
				{ "digital-security", "digital security/secure communications",
						"seguridad digital/comunicaciones seguras", "sécurité numérique/communications sécurisées",
						"segurança digital/comunicações seguras", "keamanan digital/komunikasi aman" },
				{ "women-defenders", "women defenders/gender-based violence", "mujeres defensoras/violencia de género",
						"femmes défenseures/violences basées sur le genre", "mulheres defensoras/violência de gênero",
						"perempuan pembela/kekerasan berbasis gender" },
				{ "youth-elders", "youth and elders/intergenerational dialogue",
						"jóvenes y mayores/diálogo intergeneracional", "jeunes et aînés/dialogue intergénérationnel",
						"jovens e anciãos/diálogo intergeracional", "pemuda dan tetua/dialog antargenerasi" },
				{ "community-protocols", "community protocols/free, prior and informed consent",
						"protocolos comunitarios/consulta previa", "protocoles communautaires/consentement préalable",
						"protocolos comunitários/consulta prévia",
						"protokol komunitas/persetujuan atas dasar informasi awal" },
				{ "collective-protection-concepts", "collective protection/protection of communities",
						"protección colectiva/protección de comunidades",
						"protection collective/protection des communautés", "proteção coletiva/proteção de comunidades",
						"perlindungan kolektif/perlindungan komunitas" } };

		/** How often each area is the main one (same order as AREAS). */
		static final int[] AREA_WEIGHTS = { 6, 5, 7, 6, 2, 3, 4, 5, 3, 5, 6, 5, 4, 5, 4, 10, 9, 6, 3, 4, 8 };

		/** Type code, weight, then the kind of document in the five languages. */
		static final String[][] TYPES = {
				{ "guides-manuals", "30", "guide/manual", "guía/manual", "guide/manuel", "guia/manual",
						"panduan/buku saku" },
				{ "training", "12", "training course/workshop", "curso/taller", "formation/atelier", "curso/oficina",
						"pelatihan/lokakarya" },
				{ "videos-webinars", "12", "video/webinar", "video/seminario web", "vidéo/webinaire",
						"vídeo/webinário", "video/webinar" },
				{ "practice", "10", "case study/experience", "estudio de caso/experiencia",
						"étude de cas/expérience", "estudo de caso/experiência", "studi kasus/pengalaman" },
				{ "legal-standards", "9", "legal brief/standards", "informe jurídico/normas",
						"note juridique/normes", "parecer jurídico/normas", "kajian hukum/standar" },
				{ "digital-tools", "8", "app/toolkit", "aplicación/caja de herramientas", "application/boîte à outils",
						"aplicativo/caixa de ferramentas", "aplikasi/perangkat" },
				{ "templates", "7", "template/form", "plantilla/formulario", "modèle/formulaire",
						"modelo/formulário", "templat/formulir" },
				{ "infographics", "6", "infographic/poster", "infografía/afiche", "infographie/affiche",
						"infográfico/cartaz", "infografis/poster" },
				{ "audio-visual", "6", "podcast/radio series", "pódcast/serie radial", "podcast/série radio",
						"podcast/série de rádio", "podcast/siaran radio" } };

		/** Who the resource is for, per language (same index = same group). */
		static final String[][] GROUPS = {
				{ "land defenders", "indigenous peoples", "peasant organisations", "Afro-descendant communities",
						"women's collectives", "fishing communities", "environmental defenders", "community leaders",
						"rural teachers", "youth groups" },
				{ "defensoras del territorio", "pueblos indígenas", "organizaciones campesinas",
						"comunidades afrodescendientes", "colectivos de mujeres", "comunidades pesqueras",
						"defensores ambientales", "líderes comunitarios", "maestras rurales", "grupos juveniles" },
				{ "défenseurs de la terre", "peuples autochtones", "organisations paysannes",
						"communautés afrodescendantes", "collectifs de femmes", "communautés de pêcheurs",
						"défenseurs de l'environnement", "leaders communautaires", "enseignantes rurales",
						"groupes de jeunes" },
				{ "defensoras do território", "povos indígenas", "organizações camponesas", "comunidades quilombolas",
						"coletivos de mulheres", "comunidades ribeirinhas", "defensores ambientais",
						"lideranças comunitárias", "professoras rurais", "grupos de jovens" },
				{ "pembela tanah", "masyarakat adat", "organisasi petani", "komunitas keturunan Afrika",
						"kelompok perempuan", "komunitas nelayan", "pembela lingkungan", "tokoh masyarakat",
						"guru desa", "kelompok pemuda" } };

		/** What the community faces, per language. */
		static final String[][] THREATS = {
				{ "mining", "palm oil plantations", "hydroelectric dams", "illegal logging", "land grabbing",
						"oil extraction", "criminalisation", "armed groups" },
				{ "la minería", "los monocultivos de palma", "las represas hidroeléctricas", "la tala ilegal",
						"el acaparamiento de tierras", "la extracción petrolera", "la criminalización",
						"los grupos armados" },
				{ "l'exploitation minière", "les plantations de palmiers à huile", "les barrages hydroélectriques",
						"l'exploitation forestière illégale", "l'accaparement des terres", "l'extraction pétrolière",
						"la criminalisation", "les groupes armés" },
				{ "a mineração", "a monocultura de dendê", "as barragens hidrelétricas", "o desmatamento ilegal",
						"a grilagem de terras", "a exploração de petróleo", "a criminalização", "os grupos armados" },
				{ "pertambangan", "perkebunan sawit", "bendungan PLTA", "pembalakan liar", "perampasan tanah",
						"pengeboran minyak", "kriminalisasi", "kelompok bersenjata" } };

		/** Country code, its world region, and how places there are written. */
		static final String[][] PLACES = { { "co", "latin-america-caribbean", "Cauca", "Chocó", "Colombia" },
				{ "gt", "latin-america-caribbean", "Petén", "Alta Verapaz", "Guatemala" },
				{ "hn", "latin-america-caribbean", "Bajo Aguán", "Río Blanco", "Honduras" },
				{ "mx", "latin-america-caribbean", "Oaxaca", "Chiapas", "México" },
				{ "pe", "latin-america-caribbean", "Cajamarca", "Espinar", "Perú" },
				{ "br", "latin-america-caribbean", "Pará", "Maranhão", "Rondônia" },
				{ "bo", "latin-america-caribbean", "Tariquía", "Beni", "Bolivia" },
				{ "ec", "latin-america-caribbean", "Sarayaku", "Intag", "Ecuador" },
				{ "cd", "sub-saharan-africa", "Nord-Kivu", "Ituri", "Kisangani" },
				{ "cm", "sub-saharan-africa", "Douala", "Ngoyla", "Cameroun" },
				{ "sn", "sub-saharan-africa", "Casamance", "Kédougou", "Sénégal" },
				{ "ci", "sub-saharan-africa", "Côte d'Ivoire", "Man", "Soubré" },
				{ "mz", "sub-saharan-africa", "Moçambique", "Cabo Delgado", "Nampula" },
				{ "ke", "sub-saharan-africa", "Laikipia", "Turkana", "Kenya" },
				{ "id", "south-eastern-asia", "Kalimantan", "Papua", "Sumatera" },
				{ "ph", "south-eastern-asia", "Mindanao", "Palawan", "Luzon" },
				{ "kh", "south-eastern-asia", "Mondulkiri", "Ratanakiri", "Kampot" },
				{ "mm", "south-eastern-asia", "Karen", "Tanintharyi", "Shan" },
				{ "in", "southern-asia", "Odisha", "Jharkhand", "Chhattisgarh" },
				{ "np", "southern-asia", "Terai", "Karnali", "Nepal" } };

		static final Map<String, String[]> REGION_NAMES = Map.of("latin-america-caribbean",
				new String[] { "Latin America", "América Latina", "Amérique latine", "América Latina",
						"Amerika Latin" },
				"sub-saharan-africa",
				new String[] { "sub-Saharan Africa", "África subsahariana", "Afrique subsaharienne",
						"África subsaariana", "Afrika Sub-Sahara" },
				"south-eastern-asia",
				new String[] { "Southeast Asia", "el Sudeste Asiático", "Asie du Sud-Est", "Sudeste Asiático",
						"Asia Tenggara" },
				"southern-asia",
				new String[] { "South Asia", "Asia del Sur", "Asie du Sud", "Sul da Ásia", "Asia Selatan" },
				"international",
				new String[] { "many countries", "varios países", "plusieurs pays", "vários países",
						"berbagai negara" });

		/** Title patterns per language; {kind} {Kind} {topic} {Topic} {topic2} {group} {threat} {place}. */
		static final String[][] TITLES = {
				{ "{Topic} for {group}: a {kind}", "{Kind} on {topic} and {topic2}",
						"{Topic} in {place}: lessons from {group}", "Protecting {group} from {threat}: {topic}",
						"{Topic}, {topic2} and {topic3}", "Our territory, our life: {topic} with {group}" },
				{ "{Topic} para {group}: {kind}", "{Kind} sobre {topic} y {topic2}",
						"{Topic} en {place}: aprendizajes de {group}", "Proteger a {group} frente a {threat}: {topic}",
						"{Topic}, {topic2} y {topic3}", "Nuestro territorio, nuestra vida: {topic} con {group}" },
				{ "{Topic} pour {group} : {kind}", "{Kind} sur {topic} et {topic2}",
						"{Topic} ({place}) : leçons de {group}", "Protéger {group} face à {threat} : {topic}",
						"{Topic}, {topic2} et {topic3}", "Notre territoire, notre vie : {topic} avec {group}" },
				{ "{Topic} para {group}: {kind}", "{Kind} sobre {topic} e {topic2}",
						"{Topic} em {place}: aprendizados de {group}", "Proteger {group} diante de {threat}: {topic}",
						"{Topic}, {topic2} e {topic3}", "Nosso território, nossa vida: {topic} com {group}" },
				{ "{Topic} untuk {group}: {kind}", "{Kind} tentang {topic} dan {topic2}",
						"{Topic} di {place}: pelajaran dari {group}", "Melindungi {group} dari {threat}: {topic}",
						"{Topic}, {topic2} dan {topic3}", "Wilayah kami, hidup kami: {topic} bersama {group}" } };

		/** Summary sentences per language. */
		static final String[][] SENTENCES = {
				{ "This {kind} explains how {group} can organise {topic} together.",
						"It draws on the experience of {group} facing {threat} in {place}.",
						"Includes practical exercises on {topic2} and a short checklist.",
						"Written for community facilitators with little access to the internet.",
						"Shows step by step how to combine {topic} with {topic2}.",
						"Useful when a community prepares or reviews its own protection plan.",
						"Available as a light PDF that prints well in black and white.",
						"Based on {n} workshops held with {group} between {year1} and {year2}.",
						"Gives examples of {topic3} that worked in {place}." },
				{ "Este recurso explica cómo {group} pueden organizar {topic} en conjunto.",
						"Recoge la experiencia de {group} frente a {threat} en {place}.",
						"Incluye ejercicios prácticos sobre {topic2} y una lista de verificación breve.",
						"Pensado para facilitadoras comunitarias con poco acceso a internet.",
						"Muestra paso a paso cómo combinar {topic} con {topic2}.",
						"Útil cuando una comunidad prepara o revisa su propio plan de protección.",
						"Disponible en un PDF liviano que se imprime bien en blanco y negro.",
						"Basado en {n} talleres realizados con {group} entre {year1} y {year2}.",
						"Da ejemplos de {topic3} que funcionaron en {place}." },
				{ "Cette ressource explique comment {group} peuvent organiser ensemble {topic}.",
						"Elle s'appuie sur l'expérience de {group} face à {threat} ({place}).",
						"Comprend des exercices pratiques sur {topic2} et une courte liste de contrôle.",
						"Conçue pour les animatrices communautaires qui ont peu accès à internet.",
						"Montre pas à pas comment associer {topic} et {topic2}.",
						"Utile quand une communauté prépare ou révise son propre plan de protection.",
						"Disponible en PDF léger qui s'imprime bien en noir et blanc.",
						"Issue de {n} ateliers menés avec {group} entre {year1} et {year2}.",
						"Donne des exemples de {topic3} qui ont fonctionné ({place})." },
				{ "Este recurso explica como {group} podem organizar {topic} em conjunto.",
						"Reúne a experiência de {group} diante de {threat} em {place}.",
						"Inclui exercícios práticos sobre {topic2} e uma lista de verificação curta.",
						"Pensado para facilitadoras comunitárias com pouco acesso à internet.",
						"Mostra passo a passo como combinar {topic} com {topic2}.",
						"Útil quando uma comunidade prepara ou revê o seu próprio plano de proteção.",
						"Disponível num PDF leve que se imprime bem em preto e branco.",
						"Baseado em {n} oficinas realizadas com {group} entre {year1} e {year2}.",
						"Dá exemplos de {topic3} que funcionaram em {place}." },
				{ "Sumber ini menjelaskan bagaimana {group} dapat mengorganisasi {topic} bersama.",
						"Disusun dari pengalaman {group} menghadapi {threat} di {place}.",
						"Memuat latihan praktis tentang {topic2} dan daftar periksa singkat.",
						"Ditulis untuk fasilitator komunitas dengan akses internet terbatas.",
						"Menunjukkan langkah demi langkah cara memadukan {topic} dengan {topic2}.",
						"Berguna saat komunitas menyusun atau meninjau rencana perlindungannya sendiri.",
						"Tersedia dalam PDF ringan yang mudah dicetak hitam putih.",
						"Berdasarkan {n} lokakarya bersama {group} antara {year1} dan {year2}.",
						"Memberi contoh {topic3} yang berhasil di {place}." } };

		/** Publisher name parts per language: kinds of organisation, then names. */
		static final String[][][] PUBLISHERS = {
				{ { "Network of", "Alliance for", "Centre for", "Trust for", "Coalition of" },
						{ "Land Defenders", "Community Protection", "Rights and Territory", "Forest Peoples",
								"Rural Women", "Water Guardians" } },
				{ { "Red de", "Colectivo", "Asociación", "Fundación", "Coordinadora de" },
						{ "Defensoras del Territorio", "Raíces", "Tierra y Vida", "Pueblos del Río",
								"Mujeres Campesinas", "Guardianes del Agua" } },
				{ { "Réseau des", "Collectif", "Association", "Centre d'études", "Coordination des" },
						{ "Défenseurs de la Terre", "Forêt et Droits", "Femmes Rurales", "Peuples du Fleuve",
								"Vigilance Communautaire", "Gardiens de l'Eau" } },
				{ { "Rede de", "Coletivo", "Associação", "Fundação", "Articulação dos" },
						{ "Defensoras do Território", "Terra Viva", "Povos da Floresta", "Mulheres Camponesas",
								"Águas Livres", "Guardiões do Cerrado" } },
				{ { "Jaringan", "Yayasan", "Perkumpulan", "Lembaga", "Aliansi" },
						{ "Pembela Tanah Adat", "Hutan Lestari", "Perempuan Desa", "Masyarakat Pesisir",
								"Penjaga Air", "Wilayah Kelola Rakyat" } } };

		static final String[] OTHER_LANGUAGES = { "ar", "ru", "zh", "sw", "qu", "ne", "km", "my", "tl", "hi" };

	}

	/**
	 * One generated resource: which phrases it uses (indices into the vocabulary), so that
	 * it can be written in any of the five languages.
	 */
	record Resource(int number, int primaryLang, int type, int kindVariant, List<Integer> areas,
			List<Integer> topicVariants, int group, int threat, String[] place, String regionCode,
			List<String> regionCodes, int titlePattern, List<Integer> sentences, int workshops, Integer year,
			String need, int publisherKind, int publisherName, int publisherLang, Set<Integer> translatedLangs,
			List<String> otherLanguages) {

		static Resource random(int number, Random random) {
			int primaryLang = weighted(random, 40, 25, 12, 12, 11);
			int type = weighted(random, typeWeights());
			List<Integer> areas = areas(random);
			List<Integer> topicVariants = areas.stream().map((area) -> random.nextInt(2)).toList();
			String[] place = Vocabulary.PLACES[zipf(random, Vocabulary.PLACES.length)];
			List<String> regionCodes = regions(random, place);
			int titlePattern = random.nextInt(Vocabulary.TITLES[0].length);
			List<Integer> sentences = sentences(random);
			Integer year = year(random);
			String need = need(random);
			int publisherLang = (random.nextInt(10) < 7) ? primaryLang : random.nextInt(5);
			Set<Integer> translated = translations(random, primaryLang);
			List<String> others = (random.nextInt(10) == 0)
					? List.of(Vocabulary.OTHER_LANGUAGES[random.nextInt(Vocabulary.OTHER_LANGUAGES.length)])
					: List.of();
			return new Resource(number, primaryLang, type, random.nextInt(2), areas, topicVariants,
					zipf(random, Vocabulary.GROUPS[0].length), zipf(random, Vocabulary.THREATS[0].length), place,
					place[1], regionCodes, titlePattern, sentences, 2 + random.nextInt(30), year, need,
					random.nextInt(5), zipf(random, 6), publisherLang, translated, others);
		}

		private static int[] typeWeights() {
			int[] weights = new int[Vocabulary.TYPES.length];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = Integer.parseInt(Vocabulary.TYPES[i][1]);
			}
			return weights;
		}

		private static List<Integer> areas(Random random) {
			Set<Integer> areas = new LinkedHashSet<>();
			int count = 1 + weighted(random, 55, 30, 15);
			while (areas.size() < count) {
				areas.add(weighted(random, Vocabulary.AREA_WEIGHTS));
			}
			return List.copyOf(areas);
		}

		private static List<String> regions(Random random, String[] place) {
			int kind = weighted(random, 25, 35, 40);
			return switch (kind) {
				case 0 -> List.of("international");
				case 1 -> List.of(place[1]);
				default -> (random.nextInt(3) == 0) ? List.of(place[0], place[1]) : List.of(place[0]);
			};
		}

		private static List<Integer> sentences(Random random) {
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < Vocabulary.SENTENCES[0].length; i++) {
				all.add(i);
			}
			java.util.Collections.shuffle(all, random);
			return List.copyOf(all.subList(0, 3 + random.nextInt(3)));
		}

		private static Integer year(Random random) {
			int roll = random.nextInt(100);
			if (roll < 5) {
				return null;
			}
			if (roll < 15) {
				return 1985 + random.nextInt(15);
			}
			return Math.max(2000, 2026 - (int) Math.abs(random.nextGaussian() * 7));
		}

		private static String need(Random random) {
			int roll = random.nextInt(100);
			return (roll < 80) ? "works" : (roll < 92) ? "needed" : "";
		}

		private static Set<Integer> translations(Random random, int primaryLang) {
			Set<Integer> langs = new java.util.TreeSet<>();
			if (random.nextInt(100) < 35) {
				int count = 1 + random.nextInt(4);
				while (langs.size() < count) {
					int lang = random.nextInt(5);
					if (lang != primaryLang) {
						langs.add(lang);
					}
				}
			}
			return langs;
		}

		/** The CSV columns, in HEADER order. */
		List<String> columns() {
			Map<String, String> columns = new LinkedHashMap<>();
			String title = title(this.primaryLang);
			columns.put("title", title);
			columns.put("publisher", publisher());
			columns.put("year", (this.year != null) ? this.year.toString() : "");
			String slug = slug(title);
			columns.put("url", "https://" + domain() + "/resources/" + slug);
			columns.put("slug", slug);
			columns.put("type_code", Vocabulary.TYPES[this.type][0]);
			columns.put("area_codes", String.join(";", this.areas.stream().map((a) -> Vocabulary.AREAS[a][0]).toList()));
			columns.put("language_codes", String.join(";", languageCodes()));
			columns.put("region_codes", String.join(";", this.regionCodes));
			columns.put("need", this.need);
			columns.put("summary_language", UI_LANGS.get(this.primaryLang));
			columns.put("summary", summary(this.primaryLang));
			for (int lang = 0; lang < 5; lang++) {
				columns.put("title_" + UI_LANGS.get(lang), this.translatedLangs.contains(lang) ? title(lang) : "");
			}
			for (int lang = 0; lang < 5; lang++) {
				columns.put("summary_" + UI_LANGS.get(lang), this.translatedLangs.contains(lang) ? summary(lang) : "");
			}
			return List.copyOf(columns.values());
		}

		private List<String> languageCodes() {
			Set<String> codes = new LinkedHashSet<>();
			codes.add(UI_LANGS.get(this.primaryLang));
			this.translatedLangs.forEach((lang) -> codes.add(UI_LANGS.get(lang)));
			codes.addAll(this.otherLanguages);
			return List.copyOf(codes);
		}

		String title(int lang) {
			String pattern = Vocabulary.TITLES[lang][this.titlePattern];
			return capitalized(fill(pattern, lang));
		}

		String summary(int lang) {
			StringBuilder summary = new StringBuilder();
			for (int sentence : this.sentences) {
				if (!summary.isEmpty()) {
					summary.append(' ');
				}
				summary.append(capitalized(fill(Vocabulary.SENTENCES[lang][sentence], lang)));
			}
			return (summary.length() > 1000) ? summary.substring(0, 1000) : summary.toString();
		}

		private String fill(String pattern, int lang) {
			String kind = variant(Vocabulary.TYPES[this.type][2 + lang], this.kindVariant);
			return pattern.replace("{Kind}", capitalized(kind))
				.replace("{kind}", kind)
				.replace("{Topic}", capitalized(topic(lang, 0)))
				.replace("{topic}", topic(lang, 0))
				.replace("{topic2}", topic(lang, 1))
				.replace("{topic3}", topic(lang, 2))
				.replace("{group}", Vocabulary.GROUPS[lang][this.group])
				.replace("{threat}", Vocabulary.THREATS[lang][this.threat])
				.replace("{place}", placeName(lang))
				.replace("{n}", Integer.toString(this.workshops))
				.replace("{year1}", Integer.toString(firstYear()))
				.replace("{year2}", Integer.toString(firstYear() + 1 + this.workshops % 4));
		}

		/**
		 * The n-th topic phrase: the resource's areas, then the other wording of the main
		 * area, then the main wording of the next area in the list.
		 */
		private String topic(int lang, int n) {
			if (n < this.areas.size()) {
				return variant(Vocabulary.AREAS[this.areas.get(n)][1 + lang], this.topicVariants.get(n));
			}
			int main = this.areas.get(0);
			if (n == this.areas.size()) {
				return variant(Vocabulary.AREAS[main][1 + lang], this.topicVariants.get(0) + 1);
			}
			return variant(Vocabulary.AREAS[(main + 1) % Vocabulary.AREAS.length][1 + lang], 0);
		}

		private String placeName(int lang) {
			if (this.regionCodes.equals(List.of("international"))) {
				return Vocabulary.REGION_NAMES.get("international")[lang];
			}
			if (this.regionCodes.equals(List.of(this.regionCode))) {
				return Vocabulary.REGION_NAMES.get(this.regionCode)[lang];
			}
			return this.place[2 + this.workshops % 3];
		}

		private int firstYear() {
			int last = (this.year != null) ? this.year : 2015;
			return last - 2 - this.workshops % 3;
		}

		private String publisher() {
			String[][] parts = Vocabulary.PUBLISHERS[this.publisherLang];
			return parts[0][this.publisherKind] + " " + parts[1][this.publisherName];
		}

		private String domain() {
			return Slugs.of(publisher()).replace("-", "") + ".example.org";
		}

		private String slug(String title) {
			String base = Slugs.of(title);
			if (base.length() > 60) {
				base = base.substring(0, 60).replaceAll("-[^-]*$", "");
			}
			return base + "-" + Integer.toString(this.number, 36);
		}

	}

	static String variant(String alternatives, int which) {
		String[] options = alternatives.split("/");
		return options[which % options.length];
	}

	static String capitalized(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	/** A random index, weighted. */
	static int weighted(Random random, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A random index in [0, n) where index k comes up about 1/(k+1) as often as 0. */
	static int zipf(Random random, int n) {
		int[] weights = new int[n];
		for (int k = 0; k < n; k++) {
			weights[k] = 1000 / (k + 1);
		}
		return weighted(random, weights);
	}

	/** URL slugs: accents folded, lowercase a-z0-9 and single hyphens. */
	static final class Slugs {

		static String of(String text) {
			String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
			return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		}

	}

	/** RFC 4180 quoting. */
	static final class Csv {

		static String line(List<String> values) {
			StringBuilder line = new StringBuilder();
			for (String value : values) {
				if (!line.isEmpty()) {
					line.append(',');
				}
				line.append(quoted(value));
			}
			return line.toString();
		}

		static String quoted(String value) {
			if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
					&& value.indexOf('\r') < 0) {
				return value;
			}
			return '"' + value.replace("\"", "\"\"") + '"';
		}

	}

	/** Counts printed to standard error, to check the spread of the generated catalogue. */
	static final class Stats {

		int rows;

		final Map<String, Integer> primaryLanguages = new TreeMap<>();

		final Map<String, Integer> types = new TreeMap<>();

		int translated;

		void add(Resource resource) {
			this.rows++;
			this.primaryLanguages.merge(UI_LANGS.get(resource.primaryLang()), 1, Integer::sum);
			this.types.merge(Vocabulary.TYPES[resource.type()][0], 1, Integer::sum);
			if (!resource.translatedLangs().isEmpty()) {
				this.translated++;
			}
		}

		void print(Options options) {
			System.err.printf("generated %,d resources (seed %d)%s%n", this.rows, options.seed,
					(options.out != null) ? " into " + options.out : "");
			System.err.println("  main language: " + this.primaryLanguages);
			System.err.println("  types: " + this.types);
			System.err.printf("  with translations: %,d%n", this.translated);
		}

	}

}
