package org.projectdesk.web.security;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** web.xml, which cannot name the role constants, declares exactly the roles of {@link Role} and uses no other. */
class WebXmlRolesTest {

    @Test
    void webXmlNamesExactlyTheRoles() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        NodeList names = webXml.getElementsByTagName("role-name");
        for (int i = 0; i < names.getLength(); i++) {
            Element name = (Element) names.item(i);
            (name.getParentNode().getNodeName().equals("security-role") ? declared : named).add(name.getTextContent().strip());
        }
        assertEquals(roles, declared);
        assertTrue(roles.containsAll(named), "web.xml names roles that do not exist: " + named);
    }
}
