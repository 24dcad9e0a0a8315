package org.ffw.platform.document;

import java.util.UUID;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default storage: a LONGBLOB row per document, written in the same transaction as its metadata. */
@Configuration
class DatabaseDocumentStorage {

    @Bean
    @ConditionalOnMissingBean(DocumentStorage.class)
    DocumentStorage databaseStorage(ContentMapper contents) {
        return new DocumentStorage() {
            @Override
            public String put(byte[] content) {
                String key = "db:" + UUID.randomUUID();
                contents.insert(key, content);
                return key;
            }

            @Override
            public byte[] get(String key) {
                Content c = contents.find(key);
                return c == null ? null : c.content();
            }
        };
    }

    record Content(byte[] content) {
    }

    @Mapper
    interface ContentMapper {

        @Insert("INSERT INTO document_content (storage_key, content) VALUES (#{key}, #{content})")
        int insert(@Param("key") String key, @Param("content") byte[] content);

        /** A record, not byte[]: MyBatis would read a byte[] return type as one row per byte. */
        @Select("SELECT content FROM document_content WHERE storage_key = #{key}")
        Content find(@Param("key") String key);
    }
}
