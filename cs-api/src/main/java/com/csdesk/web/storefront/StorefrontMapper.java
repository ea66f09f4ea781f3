package com.csdesk.web.storefront;

import com.csdesk.members.MemberProfile;
import com.csdesk.members.MemberView;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps between the storefront's JSON and the modules' records. */
@Mapper
interface StorefrontMapper {

    @Mapping(target = "tierName", expression = "java(member.tier().zh())")
    StorefrontMember toResponse(MemberView member);

    default MemberProfile toProfile(MemberPayload payload) {
        return new MemberProfile(payload.phone(), payload.email(), payload.realName(), payload.province(),
                payload.channel(), payload.addresses() == null ? null
                        : payload.addresses().stream().map(AddressPayload::toAddress).toList());
    }

    @Mapping(target = "listPrice", expression = "java(com.csdesk.shared.Money.of(payload.listPrice()))")
    @Mapping(target = "attributes", expression = "java(payload.attributes() == null ? java.util.Map.of() : payload.attributes())")
    @Mapping(target = "specialPrice", expression = "java(Boolean.TRUE.equals(payload.specialPrice()))")
    ProductData toProductData(ProductPayload payload);

    @Mapping(target = "available", expression = "java(product.available())")
    StorefrontProduct toResponse(ProductView product);

}
