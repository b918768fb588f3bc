package org.tejido.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre for tests, speaking SMPP 3.4 on loopback: it stands in for an operator's
 * SMS centre, which no test machine has (Kannel's own test SMSC, {@code drive_smpp},
 * takes no transceiver bind, needs a running bearerbox, gives no message ids and sends no
 * receipts). Written with jSMPP's server side, it accepts transceiver binds with its one
 * account, answers each {@code submit_sm} with an id of its own, and keeps what it was
 * sent as a phone would show it: each part's coding and user data header, the parts
 * joined and read. On demand it sends delivery receipts and SMS from phones
 * ({@code deliver_sm}, long ones in parts or as one {@code message_payload}), throttles
 * the messages that contain a marker, and drops every connection.
 */
public final class Smsc implements AutoCloseable {

	private static final Map<Integer, Smsc> RUNNING = new HashMap<>();

	/** The GSM 03.38 basic table in code order, the escape at 0x1B. */
	private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENDED = "\f^{}\\[~]|€";

	private static final int[] GSM_EXTENDED_CODES = { 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65 };

	private final SMPPServerSessionListener listener;

	private final String password = "pw" + Integer.toHexString((int) (Math.random() * 0xFFFFF));

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final List<Part> parts = new CopyOnWriteArrayList<>();

	private final List<Sms> received = new CopyOnWriteArrayList<>();

	private final Map<String, Integer> throttled = new HashMap<>();

	private final AtomicInteger ids = new AtomicInteger(0x1000);

	private final AtomicInteger binds = new AtomicInteger();

	private final AtomicInteger references = new AtomicInteger(1);

	private volatile boolean open = true;

	/**
	 * One {@code submit_sm} as the SMS centre took it.
	 *
	 * @param udh the user data header, empty when there is none
	 * @param text this part's text, read in its data coding
	 */
	public record Part(String id, SMPPServerSession session, String from, byte sourceTon, byte sourceNpi, String to,
			byte destTon, byte destNpi, byte esmClass, byte registeredDelivery, byte dataCoding, byte[] udh,
			byte[] data, String text) {

		/** The 8-bit reference, the count and the number of a part of a long SMS. */
		public int[] concatenation() {
			return (this.udh.length == 6 && this.udh[1] == 0 && this.udh[2] == 3)
					? new int[] { this.udh[3] & 0xff, this.udh[4] & 0xff, this.udh[5] & 0xff } : new int[0];
		}

	}

	/** An SMS as the phone shows it: its parts joined. */
	public record Sms(String from, String to, String text, List<Part> parts) {
	}

	private Smsc() {
		try {
			this.listener = new SMPPServerSessionListener(Ports.free());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.listener.setMessageReceiverListener(new Receiver());
		Thread acceptor = new Thread(this::accept, "test-smsc-" + this.listener.getPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The SMS centre of the application on this port, started on first use. */
	public static synchronized Smsc forTejidoAt(int appPort) {
		return RUNNING.computeIfAbsent(appPort, (port) -> new Smsc());
	}

	public static synchronized void stopAll() {
		RUNNING.values().forEach(Smsc::close);
		RUNNING.clear();
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.listener.getPort();
	}

	public String systemId() {
		return "tejido";
	}

	public String password() {
		return this.password;
	}

	/** How many binds it accepted so far. */
	public int binds() {
		return this.binds.get();
	}

	/** The SMS whose text contains this, waiting up to the time given for one. */
	public List<Sms> receivedContaining(String marker, Duration wait) {
		Instant end = Instant.now().plus(wait);
		while (Instant.now().isBefore(end) && matching(marker).isEmpty()) {
			sleep(100);
		}
		return matching(marker);
	}

	/**
	 * Answers the next so many {@code submit_sm} whose text contains this "throttled".
	 */
	public void throttle(String marker, int times) {
		synchronized (this.throttled) {
			this.throttled.put(marker, times);
		}
	}

	/** Closes every session at once, as a network failure would. */
	public void dropConnections() {
		for (SMPPServerSession session : this.sessions) {
			session.close();
		}
		this.sessions.clear();
	}

	/**
	 * Sends a delivery receipt with this state ({@code DELIVRD}, {@code UNDELIV}…) for
	 * every part.
	 */
	public void receipt(Sms sms, String state) {
		for (Part part : sms.parts()) {
			String text = "id:" + part.id() + " sub:001 dlvrd:" + ("DELIVRD".equals(state) ? "001" : "000")
					+ " submit date:2611210800 done date:2611210801 stat:" + state + " err:000 text:"
					+ part.text().substring(0, Math.min(20, part.text().length()));
			deliver(part.session(), part.to(), part.from(),
					new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
					(byte) 0, text.getBytes(StandardCharsets.ISO_8859_1));
		}
	}

	/**
	 * A phone sends an SMS to a number: GSM 7-bit when it can be, else UCS-2; a text too
	 * long for one SMS in parts behind user data headers, as a phone sends it.
	 */
	public void phoneSends(String from, String to, String text) {
		boolean gsm = isGsm(text);
		byte[] bytes = gsm ? gsm(text) : text.getBytes(StandardCharsets.UTF_16BE);
		int single = gsm ? 160 : 140;
		int perPart = gsm ? 153 : 134;
		if (bytes.length <= single) {
			deliver(session(), digits(from), digits(to), new ESMClass(), gsm ? (byte) 0 : (byte) 8, bytes);
			return;
		}
		int count = (bytes.length + perPart - 1) / perPart;
		int reference = this.references.getAndIncrement() & 0xff;
		for (int i = 0; i < count; i++) {
			ByteArrayOutputStream part = new ByteArrayOutputStream();
			part.writeBytes(new byte[] { 5, 0, 3, (byte) reference, (byte) count, (byte) (i + 1) });
			part.writeBytes(Arrays.copyOfRange(bytes, i * perPart, Math.min(bytes.length, (i + 1) * perPart)));
			deliver(session(), digits(from), digits(to),
					new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI),
					gsm ? (byte) 0 : (byte) 8, part.toByteArray());
		}
	}

	/**
	 * A phone's long SMS, joined by the SMS centre into one {@code message_payload} in
	 * UCS-2.
	 */
	public void phoneSendsAsOnePayload(String from, String to, String text) {
		deliver(session(), digits(from), digits(to), new ESMClass(), (byte) 8, new byte[0],
				new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(),
						text.getBytes(StandardCharsets.UTF_16BE)));
	}

	@Override
	public void close() {
		this.open = false;
		dropConnections();
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	private void deliver(SMPPServerSession session, String from, String to, ESMClass esmClass, byte dataCoding,
			byte[] message, OptionalParameter... parameters) {
		try {
			session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from,
					TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to, esmClass, (byte) 0, (byte) 0,
					new RegisteredDelivery(0), DataCodings.newInstance(dataCoding), message, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("deliver_sm failed", ex);
		}
	}

	/** The latest bound session, waiting for one. */
	private SMPPServerSession session() {
		Instant end = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(end)) {
			for (SMPPServerSession session : this.sessions.reversed()) {
				if (session.getSessionState().isBound()) {
					return session;
				}
			}
			sleep(100);
		}
		throw new IllegalStateException("nobody bound to the test SMS centre");
	}

	private void accept() {
		while (this.open) {
			try {
				SMPPServerSession session = this.listener.accept();
				Thread binder = new Thread(() -> bind(session), "test-smsc-bind");
				binder.setDaemon(true);
				binder.start();
			}
			catch (IOException ex) {
				if (this.open) {
					sleep(100);
				}
			}
		}
	}

	private void bind(SMPPServerSession session) {
		try {
			BindRequest request = session.waitForBind(5000);
			if (!systemId().equals(request.getSystemId()) || !this.password.equals(request.getPassword())) {
				request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
				return;
			}
			request.accept("test-smsc");
			this.sessions.add(session);
			this.binds.incrementAndGet();
		}
		catch (Exception ex) {
			session.close();
		}
	}

	private List<Sms> matching(String marker) {
		return this.received.stream().filter((sms) -> sms.text().contains(marker)).toList();
	}

	private SubmitSmResult submitted(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
		byte[] message = submit.getShortMessage();
		byte[] udh = new byte[0];
		byte[] data = message;
		if ((submit.getEsmClass() & 0x40) != 0 && message.length > 0) {
			udh = Arrays.copyOfRange(message, 0, 1 + (message[0] & 0xff));
			data = Arrays.copyOfRange(message, udh.length, message.length);
		}
		String text = read(submit.getDataCoding(), data);
		synchronized (this.throttled) {
			for (Map.Entry<String, Integer> throttle : this.throttled.entrySet()) {
				if (text.contains(throttle.getKey()) && throttle.getValue() > 0) {
					throttle.setValue(throttle.getValue() - 1);
					throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
				}
			}
		}
		String id = Integer.toHexString(this.ids.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
		Part part = new Part(id, session, submit.getSourceAddr(), submit.getSourceAddrTon(), submit.getSourceAddrNpi(),
				submit.getDestAddress(), submit.getDestAddrTon(), submit.getDestAddrNpi(), submit.getEsmClass(),
				submit.getRegisteredDelivery(), submit.getDataCoding(), udh, data, text);
		this.parts.add(part);
		join(part);
		try {
			return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
		}
		catch (org.jsmpp.PDUStringException ex) {
			throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR);
		}
	}

	/** Adds the SMS a part completes, its parts' bytes joined before they are read. */
	private synchronized void join(Part part) {
		int[] concatenation = part.concatenation();
		if (concatenation.length == 0) {
			this.received.add(new Sms(plus(part.from()), plus(part.to()), part.text(), List.of(part)));
			return;
		}
		List<Part> siblings = new ArrayList<>();
		for (int number = 1; number <= concatenation[1]; number++) {
			int wanted = number;
			this.parts.stream()
				.filter((other) -> other.from().equals(part.from()) && other.to().equals(part.to())
						&& other.concatenation().length == 3 && other.concatenation()[0] == concatenation[0]
						&& other.concatenation()[1] == concatenation[1] && other.concatenation()[2] == wanted)
				.reduce((first, second) -> second)
				.ifPresent(siblings::add);
		}
		if (siblings.size() < concatenation[1]) {
			return;
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		siblings.forEach((sibling) -> joined.writeBytes(sibling.data()));
		this.received.add(new Sms(plus(part.from()), plus(part.to()), read(part.dataCoding(), joined.toByteArray()),
				List.copyOf(siblings)));
	}

	private static String read(byte dataCoding, byte[] data) {
		if (dataCoding == 8) {
			return new String(data, StandardCharsets.UTF_16BE);
		}
		if (dataCoding != 0) {
			return "<data coding " + dataCoding + "> " + new String(data, StandardCharsets.ISO_8859_1);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < data.length; i++) {
			int code = data[i] & 0xff;
			if (code == 0x1B && i + 1 < data.length) {
				int next = data[++i] & 0xff;
				int at = -1;
				for (int e = 0; e < GSM_EXTENDED_CODES.length; e++) {
					at = (GSM_EXTENDED_CODES[e] == next) ? e : at;
				}
				text.append((at >= 0) ? GSM_EXTENDED.charAt(at) : '?');
			}
			else {
				text.append((code < GSM.length()) ? GSM.charAt(code) : '?');
			}
		}
		return text.toString();
	}

	private static boolean isGsm(String text) {
		return text.chars().allMatch((c) -> (GSM.indexOf(c) >= 0 && c != 0x1B) || GSM_EXTENDED.indexOf(c) >= 0);
	}

	private static byte[] gsm(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (char c : text.toCharArray()) {
			int basic = GSM.indexOf(c);
			if (basic >= 0 && c != 0x1B) {
				out.write(basic);
			}
			else {
				out.write(0x1B);
				out.write(GSM_EXTENDED_CODES[GSM_EXTENDED.indexOf(c)]);
			}
		}
		return out.toByteArray();
	}

	private static String digits(String number) {
		return number.startsWith("+") ? number.substring(1) : number;
	}

	private static String plus(String digits) {
		return "+" + digits;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** What the SMS centre does with what an ESME sends it. */
	private final class Receiver implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
				throws ProcessRequestException {
			return submitted(submitSm, source);
		}

		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
				throws ProcessRequestException {
			throw refused();
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
			throw refused();
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
			throw refused();
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
			throw refused();
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw refused();
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
				throws ProcessRequestException {
			throw refused();
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
				SMPPServerSession source) throws ProcessRequestException {
			throw refused();
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw refused();
		}

		private ProcessRequestException refused() {
			return new ProcessRequestException("not offered by the test SMS centre", SMPPConstant.STAT_ESME_RINVCMDID);
		}

	}

}
