# Packages for the three desktop platforms: a .deb on Linux, an NSIS installer and a ZIP on
# Windows, a disk image on macOS. `cpack` in the build folder (or `cmake --build . -t package`)
# builds them after a Release build.
include_guard()
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "mailroom")
set(CPACK_PACKAGE_VENDOR "Mailroom contributors")
set(CPACK_PACKAGE_CONTACT "Mailroom contributors <mailroom@mailroom.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Mailroom reads the SMTP server's log of a small job board, shows which users bounced and why, "
    "and tells a dead address from a blocked sender.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mailroom")
set(CPACK_PACKAGE_EXECUTABLES "mailroom;Mailroom")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/;/\\\\.cache/")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Mailroom")
    set(CPACK_NSIS_PACKAGE_NAME "Mailroom ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailroom.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mailroom.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Mailroom")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # dpkg-shlibdeps finds the Qt, QtKeychain and zlib packages the binaries link.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver for the demo board
    # and the board databases, and the windowing platform plugins.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

    set(mailroom_desktop_file "${PROJECT_BINARY_DIR}/installer/org.mailroom.Mailroom.desktop")
    file(CONFIGURE OUTPUT "${mailroom_desktop_file}" CONTENT [=[
[Desktop Entry]
Type=Application
Name=Mailroom
GenericName=Bounce desk
Comment=See which users of your job board bounced and why
Exec=mailroom
Icon=mail-send-receive
Terminal=false
Categories=Office;Network;Email;Qt;
]=])
    install(FILES "${mailroom_desktop_file}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
endif()

# On Windows and macOS the Qt libraries and plugins travel with the application.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script AND TARGET mailroom)
    qt_generate_deploy_app_script(TARGET mailroom
        FILENAME_VARIABLE mailroom_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${mailroom_deploy_script}")
endif()

include(CPack)
