package org.jointcase.pages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The BPMN model a record page draws, with every label in the officer's language: a user task is named by its step's
 * message ({@code step.<process>.<element id>}, as the inbox names it), any other element by
 * {@code bpmn.<process>.<element id>}, and the model's own (English, technical) name stays only where the bundles
 * have none. The diagram then reads as the rest of the page.
 */
@Component
class ModelLabels {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private final MessageSource messages;

	ModelLabels(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> answer(byte[] model) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(localised(model));
	}

	byte[] localised(byte[] model) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(model));
			String process = ((Element) document.getElementsByTagNameNS(BPMN, "process").item(0)).getAttribute("id");
			NodeList elements = document.getElementsByTagNameNS(BPMN, "*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				if (element.hasAttribute("name") && element.hasAttribute("id") && !"message".equals(element.getLocalName())) {
					String id = element.getAttribute("id");
					String[] codes = id.equals(process) ? new String[] { "process." + process }
							: new String[] { "step." + process + "." + id, "bpmn." + process + "." + id };
					element.setAttribute("name", messages.getMessage(
							new DefaultMessageSourceResolvable(codes, element.getAttribute("name")),
							LocaleContextHolder.getLocale()));
				}
			}
			ByteArrayOutputStream localised = new ByteArrayOutputStream(model.length + model.length / 2);
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document),
					new StreamResult(localised));
			return localised.toByteArray();
		}
		catch (ParserConfigurationException | SAXException | IOException | TransformerException broken) {
			throw new IllegalStateException("A deployed BPMN model could not be read", broken);
		}
	}
}
