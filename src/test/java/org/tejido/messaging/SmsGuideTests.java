package org.tejido.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.tejido.support.SmsGuide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial set-up of the SMS guide (docs/sms.md, section 6), which every SMS test boots
 * (see {@code support/Kannel}), is complete as a reader finds it: two fake SMS centre
 * connections, one that receives and one that injects, wired to the ports its commands
 * use.
 */
class SmsGuideTests {

	private static final Pattern FAKESMSC = Pattern
		.compile("fakesmsc -H 127\\.0\\.0\\.1 -r (\\d+) -i (\\S+) -m (\\d+)");

	@Test
	void theTrialSetUpHasAReceivingAndAnInjectingConnection() throws IOException {
		String guide = Files.readString(Path.of("docs/sms.md"));
		List<Map<String, String>> groups = groups(block(guide));
		List<Map<String, String>> fakes = groups.stream().filter((g) -> "fake".equals(g.get("smsc"))).toList();
		assertThat(fakes).extracting((g) -> g.get("smsc-id")).containsExactly("phones", "handsets");
		Map<String, String> phones = fakes.get(0);
		Map<String, String> handsets = fakes.get(1);
		assertThat(phones).doesNotContainKey("allowed-smsc-id");
		assertThat(handsets).containsEntry("allowed-smsc-id", "handsets");
		assertThat(phones.get("port")).isNotEqualTo(handsets.get("port"));

		List<String> ports = new ArrayList<>();
		Matcher command = FAKESMSC.matcher(guide.substring(guide.indexOf("## 6.")));
		while (command.find()) {
			ports.add(command.group(1) + " -m " + command.group(3));
		}
		assertThat(ports).containsExactly(phones.get("port") + " -m 2", handsets.get("port") + " -m 1");
	}

	@Test
	void theTrialSetUpWiresItsBoxesAndCallsTejido() throws IOException {
		List<Map<String, String>> groups = groups(block(Files.readString(Path.of("docs/sms.md"))));
		Map<String, String> core = group(groups, "core");
		Map<String, String> smsbox = group(groups, "smsbox");
		Map<String, String> service = group(groups, "sms-service");
		assertThat(smsbox.get("bearerbox-port")).isEqualTo(core.get("smsbox-port"));
		assertThat(service).containsEntry("catch-all", "true").containsEntry("max-messages", "0");
		assertThat(service.get("get-url")).contains("/sms/kannel/inbound?secret=", "from=%p&to=%P&text=%b");
		assertThat(group(groups, "sendsms-user")).containsKeys("username", "password");
	}

	private static String block(String guide) {
		return SmsGuide.trialConfiguration();
	}

	private static Map<String, String> group(List<Map<String, String>> groups, String name) {
		return groups.stream().filter((g) -> name.equals(g.get("group"))).findFirst().orElseThrow();
	}

	private static List<Map<String, String>> groups(String configuration) {
		List<Map<String, String>> groups = new ArrayList<>();
		for (String paragraph : configuration.split("\\n\\s*\\n")) {
			Map<String, String> group = new LinkedHashMap<>();
			for (String line : paragraph.strip().split("\\n")) {
				String[] pair = line.split("=", 2);
				group.put(pair[0].strip(), pair[1].strip().replaceAll("^\"|\"$", ""));
			}
			groups.add(group);
		}
		return groups;
	}

}
