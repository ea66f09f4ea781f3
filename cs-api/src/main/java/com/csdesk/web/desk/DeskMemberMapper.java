package com.csdesk.web.desk;

import com.csdesk.members.Address;
import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberSummary;
import com.csdesk.members.MemberView;
import com.csdesk.members.Note;
import com.csdesk.shared.SearchPage;
import com.csdesk.web.desk.DeskMemberResponses.AddressLine;
import com.csdesk.web.desk.DeskMemberResponses.Member360;
import com.csdesk.web.desk.DeskMemberResponses.MemberLine;
import com.csdesk.web.desk.DeskMemberResponses.MemberPage;
import com.csdesk.web.desk.DeskMemberResponses.NoteLine;
import com.csdesk.web.desk.DeskMemberResponses.TypeLine;
import com.csdesk.web.security.Viewer;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps members for the desk, masking what the viewer's role does not need and naming things in their language. */
@Mapper
interface DeskMemberMapper {

    @Mapping(target = "phone", expression = "java(viewer.phone(member.phone()))")
    @Mapping(target = "tierName", expression = "java(member.tier().zh())")
    MemberLine toLine(MemberSummary member, @Context Viewer viewer);

    default MemberPage toPage(SearchPage<MemberSummary> page, @Context Viewer viewer) {
        return new MemberPage(page.items().stream().map(m -> toLine(m, viewer)).toList(), page.page(), page.size(),
                page.hasNext());
    }

    @Mapping(target = "phone", expression = "java(viewer.phone(member.phone()))")
    @Mapping(target = "tierName", expression = "java(member.tier().zh())")
    Member360 to360(MemberView member, @Context Viewer viewer, @Context Locale locale);

    @Mapping(target = "phone", expression = "java(viewer.phone(address.phone()))")
    @Mapping(target = "detail", expression = "java(viewer.address(address.detail()))")
    AddressLine toLine(Address address, @Context Viewer viewer);

    default NoteLine toLine(Note note) {
        return new NoteLine(note.id(), note.text(), note.author(), note.at(), note.display());
    }

    default TypeLine toLine(CustomerType type, @Context Locale locale) {
        return new TypeLine(type, type.dimension().label().in(locale), type.label().in(locale),
                type.strategy().in(locale));
    }
}
