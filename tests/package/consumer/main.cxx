// Reads a bare SendItem body through the installed bindings (no validation: the
// consumer has no schema files) and builds a document of its own schema.
#include <consumer/gen/note.hxx>
#include <ews/gen/messages.hxx>

#include <xercesc/util/PlatformUtils.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::cerr << "usage: consumer SENDITEM.xml\n";
    return 2;
  }
  xercesc::XMLPlatformUtils::Initialize();
  int status = 1;
  try {
    std::ifstream in(argv[1]);
    auto request = ews::messages::SendItem(
        in, argv[1], xml_schema::flags::dont_initialize | xml_schema::flags::dont_validate);
    const auto& id = request->ItemIds().ItemId().at(0);

    std::ostringstream note_xml;
    consumer::note(note_xml, "hello", xml_schema::namespace_infomap(), "UTF-8",
         xml_schema::flags::dont_initialize);
    std::istringstream note_in(note_xml.str());
    auto reread = consumer::note(note_in, xml_schema::flags::dont_initialize |
                                    xml_schema::flags::dont_validate);

    std::cout << "SendItem " << id.Id() << " " << *id.ChangeKey() << "; note " << *reread << "\n";
    status = 0;
  } catch (const xml_schema::exception& e) {
    std::cerr << e << "\n";
  }
  xercesc::XMLPlatformUtils::Terminate();
  return status;
}
